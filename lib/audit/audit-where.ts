import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditFilter } from "./contracts";

const DAY_MS = 86_400_000;

/** The UAE keeps +04:00 all year (no daylight saving): the days the audit log shows its times in. */
const UAE_OFFSET = "+04:00";

/** The filter as a where-clause; dates are whole UAE days, the end day included. */
export function auditWhere(filter: AuditFilter): Prisma.AuditEventWhereInput {
  const at: Prisma.DateTimeFilter = {};
  if (filter.from) at.gte = new Date(`${filter.from}T00:00:00.000${UAE_OFFSET}`);
  if (filter.to) at.lt = new Date(Date.parse(`${filter.to}T00:00:00.000${UAE_OFFSET}`) + DAY_MS);
  return {
    ...(filter.organizationId ? { organizationId: filter.organizationId } : {}),
    ...(filter.actor ? { actorEmail: { contains: filter.actor, mode: "insensitive" } } : {}),
    ...(filter.action ? { action: { startsWith: filter.action } } : {}),
    ...(filter.outcome ? { outcome: filter.outcome } : {}),
    ...(filter.from || filter.to ? { at } : {}),
  };
}

/** The filter as recorded in the audit entry of an export. */
export function describeFilter(filter: AuditFilter): Prisma.InputJsonObject {
  return Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Prisma.InputJsonObject;
}
