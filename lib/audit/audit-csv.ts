import { toCsvLine } from "@/lib/csv/write-csv";
import type { AuditEventDto } from "./contracts";

// The audit export's columns. Pure; every cell goes through the formula-safe writer, because
// actor emails, targets and details are partly user-controlled and the file opens in spreadsheets.
export const AUDIT_CSV_COLUMNS = [
  "id", "time_utc", "actor_email", "actor_id", "organization_id", "organization", "action", "outcome",
  "target_type", "target_id", "source_address", "request_id", "details",
] as const;

export function auditCsvHeader(): string {
  return toCsvLine(AUDIT_CSV_COLUMNS);
}

export function auditCsvRow(e: AuditEventDto): string {
  return toCsvLine([
    e.id, e.at, e.actorEmail ?? "", e.actorId ?? "", e.organizationId ?? "", e.organizationName ?? "", e.action, e.outcome,
    e.targetType ?? "", e.targetId ?? "", e.sourceIp ?? "", e.requestId ?? "", e.details == null ? "" : JSON.stringify(e.details),
  ]);
}
