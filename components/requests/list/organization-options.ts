import type { RequestRow } from "@/lib/requests/contracts";

/**
 * The admin's organization filter, from the rows on screen (there is no organizations endpoint
 * for the requests page yet). The selected organization stays listed so it can be seen and cleared.
 */
export function organizationOptions(rows: readonly Pick<RequestRow, "organizationId" | "organizationName">[], selected?: string) {
  const byId = new Map(rows.map((r) => [r.organizationId, r.organizationName]));
  if (selected && !byId.has(selected)) byId.set(selected, "Selected organization");
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
