import Link from "next/link";
import type { RequestDetail } from "@/lib/requests/contracts";
import { Badge, type Tone } from "./status-badge";

const FILE_TONE: Record<string, Tone> = { Uploaded: "green", Pending: "amber", Failed: "red" };
const APPROVAL_TONE: Record<string, Tone> = { Approved: "green", "Pending Approval": "amber", Rejected: "red" };

export function DetailsHeader({ detail }: { detail: RequestDetail }) {
  return (
    <header className="space-y-3">
      <Link href="/population-migration" className="text-sm font-medium text-brand-700 hover:underline">
        ← Back to requests
      </Link>
      <h1 className="break-all text-2xl font-semibold">{detail.fileName}</h1>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="text-slate-500">Batch ID</dt>
          <dd className="font-mono" data-testid="batch-id">{detail.batchId ?? "Batch Not Processed"}</dd>
        </div>
        <div>
          <dt className="text-slate-500">File Status</dt>
          <dd><Badge tone={FILE_TONE[detail.fileStatus] ?? "slate"}>{detail.fileStatus}</Badge></dd>
        </div>
        <div>
          <dt className="text-slate-500">Approval Status</dt>
          <dd>
            {detail.approvalStatus ? (
              <Badge tone={APPROVAL_TONE[detail.approvalStatus] ?? "slate"}>
                {detail.approvalStatus === "Approved" && <span aria-hidden="true">✓ </span>}
                {detail.approvalStatus}
              </Badge>
            ) : (
              "—"
            )}
          </dd>
        </div>
        {detail.organizationName && (
          <div>
            <dt className="text-slate-500">Organization</dt>
            <dd>{detail.organizationName}</dd>
          </div>
        )}
      </dl>
    </header>
  );
}
