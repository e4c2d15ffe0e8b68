import type { RequestRow as Row } from "@/lib/requests/contracts";
import { RequestActions } from "./request-actions";
import { ApprovalStatusText, FileStatusBadge } from "./status-badges";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { row: Row; showOrganization: boolean; onRetry: (row: Row) => void };

export function RequestRow({ row, showOrganization, onRetry }: Props) {
  const t = useTranslations("list");
  const f = useFormat();
  return (
    <tr className="border-t border-slate-100 align-top">
      {showOrganization && <td className="px-3 py-2"><bdi>{row.organizationName}</bdi></td>}
      <td className="px-3 py-2 font-mono text-xs">
        {row.batchId ? <span dir="ltr">{row.batchId}</span> : <span className="font-sans text-sm text-slate-600">{t("batchNotProcessed")}</span>}
      </td>
      <th scope="row" className="max-w-64 break-words px-3 py-2 text-start font-medium"><bdi>{row.fileName}</bdi></th>
      <td className="px-3 py-2 text-end tabular-nums">{f.count(row.rowCount)}</td>
      <td className="px-3 py-2"><FileStatusBadge status={row.fileStatus} /></td>
      <td className="px-3 py-2"><ApprovalStatusText status={row.approvalStatus} /></td>
      <td className="px-3 py-2">
        <bdi className="block">{row.createdBy.name}</bdi>
        <span dir="ltr" className="block text-xs text-slate-600">{row.createdBy.email}</span>
      </td>
      <td className="whitespace-nowrap px-3 py-2"><time dateTime={row.createdAt}>{f.dateTime(row.createdAt)}</time></td>
      <td className="whitespace-nowrap px-3 py-2"><time dateTime={row.updatedAt}>{f.dateTime(row.updatedAt)}</time></td>
      <td className="px-3 py-2 text-end"><RequestActions row={row} onRetry={onRetry} /></td>
    </tr>
  );
}
