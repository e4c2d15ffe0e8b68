import { useTranslations } from "next-intl";
import type { ApprovalStatus, FileStatus } from "@/lib/requests/contracts";
import type { BatchState } from "./batch-state";

// Every status is written out: colour and icon only repeat what the text says.

const FILE_STATUS_STYLE: Record<FileStatus, string> = {
  Pending: "bg-amber-50 text-amber-800 ring-amber-600/30",
  Uploaded: "bg-green-50 text-green-800 ring-green-600/30",
  Failed: "bg-red-50 text-red-800 ring-red-600/30",
};

export function FileStatusBadge({ status }: { status: FileStatus }) {
  const t = useTranslations("status");
  return (
    <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${FILE_STATUS_STYLE[status]}`}>
      {t(status)}
    </span>
  );
}

export function ApprovalStatusText({ status }: { status: ApprovalStatus | null }) {
  const t = useTranslations("status");
  const tl = useTranslations("list");
  if (status === null) return <span className="text-slate-600" role="img" aria-label={tl("noApprovalStatus")}>—</span>;
  if (status === "Approved") {
    return (
      <span className="inline-flex items-center gap-1 font-medium text-green-700">
        <CheckIcon />
        {t("Approved")}
      </span>
    );
  }
  if (status === "Rejected") return <span className="font-medium text-red-700">{t("Rejected")}</span>;
  if (status === "Expired") return <span className="text-slate-600">{t("Expired")}</span>;
  return <span className="text-slate-700">{t("Pending Approval")}</span>;
}

function CheckIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <path
        fillRule="evenodd"
        d="M10 18a8 8 0 1 0 0-16 8 8 0 0 0 0 16Zm3.86-9.86a.75.75 0 0 0-1.22-.88l-3.24 4.5-1.6-1.6a.75.75 0 1 0-1.06 1.06l2.22 2.22a.75.75 0 0 0 1.14-.09l3.76-5.21Z"
        clipRule="evenodd"
      />
    </svg>
  );
}

const BATCH_STATE_STYLE: Record<Exclude<BatchState["kind"], "none">, string> = {
  queued: "bg-amber-50 text-amber-800 ring-amber-600/30",
  processing: "bg-brand-50 text-brand-900 ring-brand-600/30",
  completed: "bg-green-50 text-green-800 ring-green-600/30",
  completedWithFailures: "bg-amber-50 text-amber-900 ring-amber-600/30",
  failed: "bg-red-50 text-red-800 ring-red-600/30",
  unknown: "bg-slate-100 text-slate-700 ring-slate-500/30",
};

/** The batch's state as stored by the refresh job: queued, processing with %, completed (with failures), failed. */
export function BatchStateBadge({ state }: { state: BatchState }) {
  const t = useTranslations("list");
  if (state.kind === "none") return <span className="text-slate-600" role="img" aria-label={t("noBatch")}>—</span>;
  const text =
    state.kind === "processing"
      ? t("batch_processing", { percent: state.percent })
      : state.kind === "completedWithFailures"
        ? t("batch_completedWithFailures", { failed: state.failed })
        : t(`batch_${state.kind}`);
  return <span className={`inline-flex items-center rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${BATCH_STATE_STYLE[state.kind]}`}>{text}</span>;
}
