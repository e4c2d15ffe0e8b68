import type { RequestRow as Row } from "@/lib/requests/contracts";
import type { ListParams, SortColumn } from "./list-params";
import { RequestRow } from "./request-row";
import { SortableHeader } from "./sortable-header";

type Props = {
  rows: Row[];
  params: ListParams;
  showOrganization: boolean;
  onSort: (column: SortColumn) => void;
  onRetry: (row: Row) => void;
};

export function RequestsTable({ rows, params, showOrganization, onSort, onRetry }: Props) {
  const sortProps = { params, onSort };
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Population migration requests</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {showOrganization && <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">Organization</th>}
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">Batch ID</th>
            <SortableHeader column="fileName" label="File name" {...sortProps} />
            <SortableHeader column="rowCount" label="Records" align="end" {...sortProps} />
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">File Status</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">Approval Status</th>
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">Created by</th>
            <SortableHeader column="createdAt" label="Created at" {...sortProps} />
            <SortableHeader column="updatedAt" label="Updated at" {...sortProps} />
            <th scope="col" className="whitespace-nowrap px-3 py-2 text-end font-medium">Action</th>
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
