import "server-only";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import type { ListOrganizationsResponse } from "./contracts";
import { organizationInclude, toOrganizationDto } from "./to-organization-dto";

/** Every client organization, by name. Platform administrators only (the route's permission). */
export async function listOrganizations(): Promise<ListOrganizationsResponse> {
  const prisma = await db();
  const rows = await prisma.organization.findMany({ orderBy: { name: "asc" }, include: organizationInclude });
  return { organizations: rows.map(toOrganizationDto), defaultBaseUrl: getEnv().digitizationBaseUrl };
}
