import Link from "next/link";
import type { ReactNode } from "react";
import { formatBytes, formatCount, formatDateTime } from "@/components/requests/format";
import type { RequestDetail } from "@/lib/requests/contracts";
import { ValidationSummary } from "./validation-summary";

const detailsHref = (id: string) => `/population-migration/${encodeURIComponent(id)}`;
const when = (iso: string | null) => (iso ? formatDateTime(iso) : "—");

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="sm:grid sm:grid-cols-3 sm:gap-4 py-2">
      <dt className="text-sm text-slate-500">{label}</dt>
      <dd className="text-sm sm:col-span-2">{children}</dd>
    </div>
  );
}

function decision(d: RequestDetail): ReactNode {
  if (!d.decidedBy) return "Not decided yet";
  const verb = d.status === "REJECTED" ? "Rejected" : "Approved";
  return `${verb} by ${d.decidedBy.name} (${d.decidedBy.email}) on ${when(d.decidedAt)}`;
}

export function RequestFacts({ detail: d }: { detail: RequestDetail }) {
  return (
    <section aria-labelledby="facts-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="facts-heading" className="text-lg font-semibold">Request</h2>
      <dl className="mt-2 divide-y divide-slate-100">
        <Fact label="Uploaded by">{`${d.createdBy.name} (${d.createdBy.email}) on ${when(d.createdAt)}`}</Fact>
        <Fact label="Rows">{formatCount(d.rowCount)}</Fact>
        <Fact label="Size">{formatBytes(d.fileSize)}</Fact>
        <Fact label="SHA-256"><span className="break-all font-mono text-xs">{d.sha256}</span></Fact>
        <Fact label="Validation"><ValidationSummary validation={d.validation} /></Fact>
        <Fact label="Decision">{decision(d)}</Fact>
        {d.rejectionReason && <Fact label="Reason for rejection"><span className="whitespace-pre-wrap">{d.rejectionReason}</span></Fact>}
        <Fact label="Submitted">{d.submittedAt ? when(d.submittedAt) : "Not submitted"}</Fact>
        {d.submissionAttempts > 0 && <Fact label="Submission attempts">{formatCount(d.submissionAttempts)}</Fact>}
        {d.resubmissionOf && (
          <Fact label="Corrects">
            <Link className="text-brand-700 hover:underline" href={detailsHref(d.resubmissionOf.id)}>{d.resubmissionOf.fileName}</Link>
          </Fact>
        )}
        {d.resubmissions.length > 0 && (
          <Fact label="Corrected by">
            <ul className="space-y-1">
              {d.resubmissions.map((r) => (
                <li key={r.id}>
                  <Link className="text-brand-700 hover:underline" href={detailsHref(r.id)}>{r.fileName}</Link>
                </li>
              ))}
            </ul>
          </Fact>
        )}
      </dl>
    </section>
  );
}
