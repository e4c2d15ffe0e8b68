import type { RequestRow } from "@/lib/requests/contracts";

/**
 * The admin's organization filter, from the rows on screen (there is no organizations endpoint
 * for the requests page yet). The selected organization stays listed so it can be seen and cleared,
 * under `selectedLabel` (the catalogue's wording) when no row on screen names it.
 */
export function organizationOptions(rows: readonly Pick<RequestRow, "organizationId" | "organizationName">[], selected: string | undefined, selectedLabel: string) {
  const byId = new Map(rows.map((r) => [r.organizationId, r.organizationName]));
  if (selected && !byId.has(selected)) byId.set(selected, selectedLabel);
  return [...byId].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
}
