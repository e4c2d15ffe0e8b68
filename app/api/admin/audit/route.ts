import { listAuditQuery } from "@/lib/audit/contracts";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// Read-only on purpose: the audit log has no route that edits or deletes an entry.
export const GET = route({ permission: "admin:audit", query: listAuditQuery }, ({ query }) => listAuditEvents(query));
