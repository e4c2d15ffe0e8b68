import type { ReactNode } from "react";
import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { utc } from "../shared/format";
import { EmptyRow, Table } from "../shared/table";
import { KeyState, maskedKey } from "./key-state";

type Props = { keys: ApiKeyDto[]; showOrganization?: boolean; actions?: (key: ApiKeyDto) => ReactNode };

/** The keys list, shared by the admin page and the approvers' read-only view. */
export function ApiKeyTable({ keys, showOrganization = true, actions }: Props) {
  const headers = [...(showOrganization ? ["Organization"] : []), "Key", "State", "Created", "Last used", ...(actions ? ["Actions"] : [])];
  return (
    <Table caption="x-transaction-keys" headers={headers}>
      {keys.length === 0 && <EmptyRow columns={headers.length}>No keys yet.</EmptyRow>}
      {keys.map((k) => (
        <tr key={k.id} className="border-t border-slate-100 align-top" data-testid={`api-key-${k.id}`}>
          {showOrganization && <td className="p-3">{k.organizationName}</td>}
          <td className="p-3 font-mono text-xs">{maskedKey(k)}</td>
          <td className="p-3"><KeyState apiKey={k} /></td>
          <td className="p-3 whitespace-nowrap">{utc(k.createdAt)}</td>
          <td className="p-3 whitespace-nowrap">{utc(k.lastUsedAt)}</td>
          {actions && <td className="p-3">{actions(k)}</td>}
        </tr>
      ))}
    </Table>
  );
}
