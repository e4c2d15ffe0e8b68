import type { RequestRow as Row } from "@/lib/requests/contracts";
import { formatCount, formatDateTime } from "../format";
import { RequestActions } from "./request-actions";
import { ApprovalStatusText, FileStatusBadge } from "./status-badges";

type Props = { row: Row; showOrganization: boolean; onRetry: (row: Row) => void };

export function RequestRow({ row, showOrganization, onRetry }: Props) {
  return (
    <tr className="border-t border-slate-100 align-top">
      {showOrganization && <td className="px-3 py-2">{row.organizationName}</td>}
      <td className="px-3 py-2 font-mono text-xs">
        {row.batchId ?? <span className="font-sans text-sm text-slate-500">Batch Not Processed</span>}
      </td>
      <th scope="row" className="max-w-64 break-words px-3 py-2 text-start font-medium">{row.fileName}</th>
      <td className="px-3 py-2 text-end tabular-nums">{formatCount(row.rowCount)}</td>
      <td className="px-3 py-2"><FileStatusBadge status={row.fileStatus} /></td>
      <td className="px-3 py-2"><ApprovalStatusText status={row.approvalStatus} /></td>
      <td className="px-3 py-2">
        <span className="block">{row.createdBy.name}</span>
        <span className="block text-xs text-slate-500">{row.createdBy.email}</span>
      </td>
      <td className="whitespace-nowrap px-3 py-2"><time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time></td>
      <td className="whitespace-nowrap px-3 py-2"><time dateTime={row.updatedAt}>{formatDateTime(row.updatedAt)}</time></td>
      <td className="px-3 py-2 text-end"><RequestActions row={row} onRetry={onRetry} /></td>
    </tr>
  );
}
