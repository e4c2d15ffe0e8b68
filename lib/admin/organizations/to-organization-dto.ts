import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { rulesOf } from "@/lib/requests/can-decide";
import type { OrganizationDto } from "./contracts";

export const organizationInclude = {
  _count: { select: { users: true } },
  apiKeys: { where: { status: "ACTIVE" }, select: { prefix: true, last4: true }, orderBy: { createdAt: "desc" }, take: 1 },
  approvalPolicy: true,
} satisfies Prisma.OrganizationInclude;

type OrganizationRow = Prisma.OrganizationGetPayload<{ include: typeof organizationInclude }>;

export function toOrganizationDto(row: OrganizationRow): OrganizationDto {
  const key = row.apiKeys[0];
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    digitizationBaseUrl: row.digitizationBaseUrl,
    userCount: row._count.users,
    activeKey: key ? { prefix: key.prefix, last4: key.last4 } : null,
    createdAt: row.createdAt.toISOString(),
    approvalPolicy: rulesOf(row.approvalPolicy),
  };
}
