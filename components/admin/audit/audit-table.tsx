import type { AuditEventDto } from "@/lib/audit/contracts";
import { Badge } from "../shared/badge";
import { utc } from "../shared/format";
import { EmptyRow, Table } from "../shared/table";

const HEADERS = ["Time", "Actor", "Organization", "Action", "Target", "Source address", "Outcome"];
const OUTCOME_TONE = { SUCCESS: "green", DENIED: "red", FAILURE: "amber" } as const;

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    <Table caption="Audit log entries, newest first" headers={HEADERS}>
      {events.length === 0 && <EmptyRow columns={HEADERS.length}>No entries match.</EmptyRow>}
      {events.map((e) => (
        <tr key={e.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
          <td className="p-3 whitespace-nowrap">{utc(e.at)}</td>
          <td className="p-3 break-all">{e.actorEmail ?? <span className="text-slate-500">System</span>}</td>
          <td className="p-3">{e.organizationName ?? (e.organizationId ? e.organizationId : "—")}</td>
          <td className="p-3">
            <p className="font-mono text-xs">{e.action}</p>
            {e.details != null && <p className="mt-1 max-w-md break-all text-xs text-slate-500">{JSON.stringify(e.details)}</p>}
          </td>
          <td className="p-3 break-all text-xs">{e.targetType ? `${e.targetType} ${e.targetId ?? ""}` : "—"}</td>
          <td className="p-3">{e.sourceIp ?? "—"}</td>
          <td className="p-3"><Badge tone={OUTCOME_TONE[e.outcome]}>{e.outcome.toLowerCase()}</Badge></td>
        </tr>
      ))}
    </Table>
  );
}
