import type { ReactNode } from "react";
import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { useFormat } from "@/lib/i18n/use-format";
import { EmptyRow, Table } from "../shared/table";
import { KeyState, maskedKey } from "./key-state";
import { useTranslations } from "next-intl";

type Props = { keys: ApiKeyDto[]; showOrganization?: boolean; actions?: (key: ApiKeyDto) => ReactNode };

/** The keys list, shared by the admin page and the approvers' read-only view. */
export function ApiKeyTable({ keys, showOrganization = true, actions }: Props) {
  const t = useTranslations("account");
  const f = useFormat();
  const columns = [...(showOrganization ? (["organization"] as const) : []), "key", "state", "created", "lastUsed", ...(actions ? (["actions"] as const) : [])] as const;
  const headers = columns.map((h) => t(`col_${h}`));
  return (
    <Table caption="x-transaction-keys" headers={headers}>
      {keys.length === 0 && <EmptyRow columns={headers.length}>{t("noKeys")}</EmptyRow>}
      {keys.map((k) => (
        <tr key={k.id} className="border-t border-slate-100 align-top" data-testid={`api-key-${k.id}`}>
          {showOrganization && <td data-label={t("col_organization")} className="p-3"><bdi>{k.organizationName}</bdi></td>}
          <td data-label={t("col_key")} className="p-3 font-mono text-xs"><span dir="ltr">{maskedKey(k)}</span></td>
          <td data-label={t("col_state")} className="p-3"><KeyState apiKey={k} /></td>
          <td data-label={t("col_created")} className="p-3 whitespace-nowrap">{f.dateTime(k.createdAt)}</td>
          <td data-label={t("col_lastUsed")} className="p-3 whitespace-nowrap">{f.dateTime(k.lastUsedAt)}</td>
          {actions && <td data-label={t("col_actions")} className="p-3">{actions(k)}</td>}
        </tr>
      ))}
    </Table>
  );
}
