"use client";
import type { AuditEventDto } from "@/lib/audit/contracts";
import { Badge } from "../shared/badge";
import { utc } from "../shared/format";
import { EmptyRow, Table } from "../shared/table";
import { useLocale, useTranslations } from "@/lib/i18n/client";

const HEADERS = ["time", "actor", "organization", "action", "target", "source", "outcome"];
const OUTCOME_TONE = { SUCCESS: "green", DENIED: "red", FAILURE: "amber" } as const;

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const t = useTranslations("admin");
  const locale = useLocale();
  return (
    <Table caption={t("auditCaption")} headers={HEADERS.map((h) => t(`auditCol_${h}`))}>
      {events.length === 0 && <EmptyRow columns={HEADERS.length}>{t("noEntries")}</EmptyRow>}
      {events.map((e) => (
        <tr key={e.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
          <td data-label={t("auditCol_time")} className="p-3 whitespace-nowrap">{utc(e.at)}</td>
          <td data-label={t("auditCol_actor")} className="p-3 break-all">{e.actorEmail ?? <span className="text-slate-600">{t("system")}</span>}</td>
          <td data-label={t("auditCol_organization")} className="p-3"><bdi>{e.organizationName ?? (e.organizationId ? e.organizationId : "—")}</bdi></td>
          <td data-label={t("auditCol_action")} className="p-3">
            <p className="font-mono text-xs"><span dir="ltr">{e.action}</span></p>
            {e.details != null && <p className="mt-1 max-w-md break-all text-xs text-slate-600">{JSON.stringify(e.details)}</p>}
          </td>
          <td data-label={t("auditCol_target")} className="p-3 break-all text-xs">{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
          <td data-label={t("auditCol_source")} className="p-3">{e.sourceIp ?? "—"}</td>
          <td data-label={t("auditCol_outcome")} className="p-3"><Badge tone={OUTCOME_TONE[e.outcome]}>{locale === "en" ? e.outcome.toLowerCase() : t(`outcome_${e.outcome}`)}</Badge></td>
        </tr>
      ))}
    </Table>
  );
}
