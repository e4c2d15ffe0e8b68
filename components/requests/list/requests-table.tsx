import type { RequestRow as Row } from "@/lib/requests/contracts";
import type { ListParams, SortColumn } from "./list-params";
import { RequestRow } from "./request-row";
import { SortableHeader } from "./sortable-header";
import { useTranslations } from "next-intl";

type Props = {
  rows: Row[];
  params: ListParams;
  showOrganization: boolean;
  onSort: (column: SortColumn) => void;
  onRetry: (row: Row) => void;
};

export function RequestsTable({ rows, params, showOrganization, onSort, onRetry }: Props) {
  const t = useTranslations("list");
  const sortProps = { params, onSort };
  return (
    <div className="overflow-x-auto">
      <table className="stack-table w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {showOrganization && <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("organization")}</th>}
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("batchId")}</th>
            <SortableHeader column="fileName" label={t("fileName")} {...sortProps} />
            <SortableHeader column="rowCount" label={t("records")} align="end" {...sortProps} />
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("fileStatus")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("approvalStatus")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("batchStatus")}</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t("createdBy")}</th>
            <SortableHeader column="createdAt" label={t("createdAt")} {...sortProps} />
            <SortableHeader column="updatedAt" label={t("updatedAt")} {...sortProps} />
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-end font-medium">{t("action")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <RequestRow key={row.id} row={row} showOrganization={showOrganization} onRetry={onRetry} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
