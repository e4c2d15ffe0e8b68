import Link from "next/link";
import { Ltr } from "@/components/ui/ltr";
import type { RequestDetail } from "@/lib/requests/contracts";
import { Badge, type Tone } from "./status-badge";
import { useTranslations } from "next-intl";

const FILE_TONE: Record<string, Tone> = { Uploaded: "green", Pending: "amber", Failed: "red" };
const APPROVAL_TONE: Record<string, Tone> = { Approved: "green", "Pending Approval": "amber", Rejected: "red", Expired: "slate" };

export function DetailsHeader({ detail }: { detail: RequestDetail }) {
  const t = useTranslations("details");
  const tl = useTranslations("list");
  const ts = useTranslations("status");
  return (
    <header className="space-y-3">
      <Link href="/population-migration" className="text-sm font-medium text-brand-700 hover:underline">
        <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {t("back")}
      </Link>
      <h1 className="break-all text-2xl font-semibold"><bdi>{detail.fileName}</bdi></h1>
      <dl className="flex flex-wrap gap-x-8 gap-y-2 text-sm">
        <div>
          <dt className="text-slate-600">{t("batchId")}</dt>
          <dd className="font-mono" data-testid="batch-id">{detail.batchId ? <Ltr>{detail.batchId}</Ltr> : tl("batchNotProcessed")}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("fileStatus")}</dt>
          <dd><Badge tone={FILE_TONE[detail.fileStatus] ?? "slate"}>{ts(detail.fileStatus)}</Badge></dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("approvalStatus")}</dt>
          <dd>
            {detail.approvalStatus ? (
              <Badge tone={APPROVAL_TONE[detail.approvalStatus] ?? "slate"}>
                {detail.approvalStatus === "Approved" && <span aria-hidden="true">✓ </span>}
                {ts(detail.approvalStatus)}
              </Badge>
            ) : (
              "—"
            )}
          </dd>
        </div>
        {detail.organizationName && (
          <div>
            <dt className="text-slate-600">{t("organization")}</dt>
            <dd><bdi>{detail.organizationName}</bdi></dd>
          </div>
        )}
      </dl>
    </header>
  );
}
