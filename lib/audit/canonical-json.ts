/**
 * JSON with object keys sorted at every depth, so equal values give equal text whatever
 * order their keys were written or stored in (jsonb keeps its own order). Values go through
 * JSON first, so dates and other `toJSON` values hash as the strings they are stored as.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(JSON.parse(JSON.stringify(value ?? null))));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, sortKeys(record[key])]));
}
