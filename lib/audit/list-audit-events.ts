import "server-only";
import { db } from "@/lib/db/client";
import { readTogether } from "@/lib/db/read-together";
import { auditWhere } from "./audit-where";
import type { ListAuditQuery, ListAuditResponse } from "./contracts";
import { organizationNames, toAuditDto } from "./to-audit-dto";

/** A page of the audit log, newest first. Read-only: the log has no edit or delete path. */
export async function listAuditEvents(query: ListAuditQuery): Promise<ListAuditResponse> {
  const prisma = await db();
  const where = auditWhere(query);
  const [rows, total] = await readTogether(prisma, [
    prisma.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (query.page - 1) * query.pageSize, take: query.pageSize }),
    prisma.auditEvent.count({ where }),
  ]);
  const names = await organizationNames(prisma, rows);
  return { events: rows.map((row) => toAuditDto(row, names)), total, page: query.page, pageSize: query.pageSize };
}
