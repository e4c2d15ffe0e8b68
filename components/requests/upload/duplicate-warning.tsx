import Link from "next/link";
import type { DuplicateCheckResponse } from "@/lib/requests/contracts";
import { formatDateTime } from "../format";

type Duplicate = DuplicateCheckResponse["duplicates"][number];

const STATUS_TEXT: Record<Duplicate["status"], string> = {
  UPLOADING: "upload in progress",
  UPLOAD_FAILED: "upload failed",
  PENDING_APPROVAL: "pending approval",
  REJECTED: "rejected",
  APPROVED: "approved",
  SUBMITTING: "being submitted",
  SUBMITTED: "submitted",
  SUBMISSION_FAILED: "submission failed",
};

/** The same bytes were already uploaded: the platform must never receive a file twice. */
export function DuplicateWarning({ duplicates }: { duplicates: Duplicate[] }) {
  if (!duplicates.length) return null;
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-900">
      <p className="font-semibold">This exact file (same SHA-256) has already been uploaded:</p>
      <ul className="mt-1 list-disc ps-5">
        {duplicates.map((d) => (
          <li key={d.id}>
            <Link href={`/population-migration/${encodeURIComponent(d.id)}`} className="font-medium underline">{d.fileName}</Link>
            {" — "}{STATUS_TEXT[d.status] ?? d.status}, uploaded {formatDateTime(d.createdAt)}
          </li>
        ))}
      </ul>
      <p className="mt-1">Open the earlier request instead: a file is never sent to the platform twice. (A rejected or failed upload does not count.)</p>
    </div>
  );
}
