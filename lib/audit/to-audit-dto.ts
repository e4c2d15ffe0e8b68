import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { canonicalAddress } from "@/lib/server/client-address";
import type { AuditEventDto } from "./contracts";

type AuditRow = Awaited<ReturnType<PrismaClient["auditEvent"]["findFirstOrThrow"]>>;

/** Organization names for a page of entries (entries keep ids; organizations may be renamed). */
export async function organizationNames(prisma: PrismaClient, rows: AuditRow[], known = new Map<string, string>()) {
  const missing = [...new Set(rows.map((r) => r.organizationId).filter((id): id is string => !!id && !known.has(id)))];
  if (missing.length) {
    const found = await prisma.organization.findMany({ where: { id: { in: missing } }, select: { id: true, name: true } });
    for (const o of found) known.set(o.id, o.name);
  }
  return known;
}

export function toAuditDto(row: AuditRow, names: Map<string, string>): AuditEventDto {
  return {
    id: row.id.toString(),
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    organizationId: row.organizationId,
    organizationName: row.organizationId ? (names.get(row.organizationId) ?? null) : null,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    outcome: row.outcome,
    // Entries written before addresses were canonical may read `::ffff:127.0.0.1`.
    sourceIp: row.sourceIp && (canonicalAddress(row.sourceIp) || row.sourceIp),
    requestId: row.requestId,
    details: row.details,
  };
}
