"use client";
import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import type { AuditEventDto } from "@/lib/audit/contracts";
import { useFormat } from "@/lib/i18n/use-format";
import { Badge } from "../shared/badge";
import { EmptyRow, Table } from "../shared/table";

const HEADERS = ["time", "actor", "organization", "action", "target", "source", "outcome"] as const;
const OUTCOME_TONE = { SUCCESS: "green", DENIED: "red", FAILURE: "amber" } as const;

/** A detail's value as a person reads it: lists joined, nested objects as `key: value`. */
export function detailText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.map(detailText).join(", ");
  if (typeof value === "object") return Object.entries(value).map(([k, v]) => `${k}: ${detailText(v)}`).join("; ");
  return String(value);
}

/** The entry's details as name–value pairs (names are the audit record's own, left to right). */
function AuditDetails({ details }: { details: unknown }) {
  const t = useTranslations("admin");
  if (details === null || details === undefined) return null;
  const entries = typeof details === "object" && !Array.isArray(details) ? Object.entries(details) : [["", details] as const];
  return (
    <dl aria-label={t("auditDetails")} className="mt-1 max-w-md space-y-0.5 text-xs text-slate-600">
      {entries.map(([name, value]) => (
        <div key={name} className="flex flex-wrap gap-x-1">
          {name && <dt className="font-mono"><Ltr>{name}</Ltr>:</dt>}
          <dd className="break-all"><bdi>{detailText(value)}</bdi></dd>
        </div>
      ))}
    </dl>
  );
}

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  const t = useTranslations("admin");
  const f = useFormat();
  // Actions written by a newer version than this catalogue show their key.
  const actionName = (action: string) => {
    const key = `auditActions.${action}` as Parameters<typeof t.has>[0];
    return t.has(key) ? t(key) : action;
  };
  return (
    <Table caption={t("auditCaption")} headers={HEADERS.map((h) => t(`auditCol_${h}`))}>
      {events.length === 0 && <EmptyRow columns={HEADERS.length}>{t("noEntries")}</EmptyRow>}
      {events.map((e) => (
        <tr key={e.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
          <td data-label={t("auditCol_time")} className="p-3 whitespace-nowrap"><time dateTime={e.at}>{f.dateTime(e.at)}</time></td>
          <td data-label={t("auditCol_actor")} className="p-3 break-all">{e.actorEmail ? <Ltr>{e.actorEmail}</Ltr> : <span className="text-slate-600">{t("system")}</span>}</td>
          <td data-label={t("auditCol_organization")} className="p-3"><bdi>{e.organizationName ?? (e.organizationId ? e.organizationId : "—")}</bdi></td>
          <td data-label={t("auditCol_action")} className="p-3">
            <p>{actionName(e.action)}</p>
            <p className="font-mono text-xs text-slate-600"><Ltr>{e.action}</Ltr></p>
            <AuditDetails details={e.details} />
          </td>
          <td data-label={t("auditCol_target")} className="p-3 break-all text-xs">{e.targetType ? <Ltr>{`${e.targetType} ${e.targetId ?? ""}`}</Ltr> : "—"}</td>
          <td data-label={t("auditCol_source")} className="p-3">{e.sourceIp ? <Ltr>{e.sourceIp}</Ltr> : "—"}</td>
          <td data-label={t("auditCol_outcome")} className="p-3"><Badge tone={OUTCOME_TONE[e.outcome]}>{t(`outcome_${e.outcome}`)}</Badge></td>
        </tr>
      ))}
    </Table>
  );
}
