import type { RequestRow as Row } from "@/lib/requests/contracts";
import { batchStateOf } from "./batch-state";
import { RequestActions } from "./request-actions";
import { ApprovalStatusText, BatchStateBadge, FileStatusBadge } from "./status-badges";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { row: Row; showOrganization: boolean; onRetry: (row: Row) => void };

// data-label: the column's name, shown beside each value when a phone stacks the row (globals.css).
export function RequestRow({ row, showOrganization, onRetry }: Props) {
  const t = useTranslations("list");
  const f = useFormat();
  return (
    <tr className="border-t border-slate-100 align-top">
      {showOrganization && <td data-label={t("organization")} className="px-3 py-2"><bdi>{row.organizationName}</bdi></td>}
      <td data-label={t("batchId")} className="px-3 py-2 font-mono text-xs">
        {row.batchId ? <span dir="ltr">{row.batchId}</span> : <span className="font-sans text-sm text-slate-600">{t("batchNotProcessed")}</span>}
      </td>
      <th data-label={t("fileName")} scope="row" className="max-w-64 break-words px-3 py-2 text-start font-medium"><bdi>{row.fileName}</bdi></th>
      <td data-label={t("records")} className="px-3 py-2 text-end tabular-nums">{f.count(row.rowCount)}</td>
      <td data-label={t("fileStatus")} className="px-3 py-2"><FileStatusBadge status={row.fileStatus} /></td>
      <td data-label={t("approvalStatus")} className="px-3 py-2"><ApprovalStatusText status={row.approvalStatus} /></td>
      <td data-label={t("batchStatus")} className="whitespace-nowrap px-3 py-2" data-testid="batch-state"><BatchStateBadge state={batchStateOf(row)} /></td>
      <td data-label={t("createdBy")} className="px-3 py-2">
        <bdi className="block">{row.createdBy.name}</bdi>
        <span dir="ltr" className="block text-xs text-slate-600">{row.createdBy.email}</span>
      </td>
      <td data-label={t("createdAt")} className="whitespace-nowrap px-3 py-2"><time dateTime={row.createdAt}>{f.dateTime(row.createdAt)}</time></td>
      <td data-label={t("updatedAt")} className="whitespace-nowrap px-3 py-2"><time dateTime={row.updatedAt}>{f.dateTime(row.updatedAt)}</time></td>
      <td data-label={t("action")} className="px-3 py-2 text-end"><RequestActions row={row} onRetry={onRetry} /></td>
    </tr>
  );
}
