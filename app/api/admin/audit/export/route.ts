import { auditFilter } from "@/lib/audit/contracts";
import { exportAuditCsv } from "@/lib/audit/export-audit-csv";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** The filtered log as a streamed CSV; the export is itself audited. */
export const GET = route({ permission: "admin:audit", query: auditFilter }, (ctx) => exportAuditCsv(ctx, ctx.query));
