import "server-only";
import { db } from "@/lib/db/client";
import { auditCsvHeader, auditCsvRow } from "./audit-csv";
import { auditWhere, describeFilter } from "./audit-where";
import type { AuditFilter } from "./contracts";
import { organizationNames, toAuditDto } from "./to-audit-dto";
import { auditFields, recordAudit, type RequestContext } from "./write-audit";

const PAGE = 1000;

/**
 * The filtered log as CSV, newest first, streamed a page at a time (keyset on id, so a large
 * range never sits in memory and later pages do not slow down). The export is itself audited,
 * with its filter, before the first byte is sent.
 */
export async function exportAuditCsv(ctx: RequestContext, filter: AuditFilter): Promise<Response> {
  const prisma = await db();
  await recordAudit({
    ...auditFields(ctx), organizationId: filter.organizationId ?? null, action: "audit.exported", outcome: "SUCCESS", details: { filter: describeFilter(filter) },
  });
  const where = auditWhere(filter);
  const names = new Map<string, string>();
  const encoder = new TextEncoder();
  let before: bigint | null = null;
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        return controller.enqueue(encoder.encode(`\uFEFF${auditCsvHeader()}`));
      }
      const rows = await prisma.auditEvent.findMany({
        where: before === null ? where : { AND: [where, { id: { lt: before } }] },
        orderBy: { id: "desc" },
        take: PAGE,
      });
      if (!rows.length) return controller.close();
      before = rows[rows.length - 1]!.id;
      await organizationNames(prisma, rows, names);
      controller.enqueue(encoder.encode(rows.map((row) => auditCsvRow(toAuditDto(row, names))).join("")));
    },
  });
  const stamp = new Date().toISOString().replace(/[-:]/g, "").slice(0, 15);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log-${stamp}Z.csv"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
