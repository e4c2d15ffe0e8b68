// Failures by business error code for the summary chart. Pure. Branches on `error`, never on
// `message` (two codes share one message); a record with two errors counts under both.
import type { ErroredItem } from "@/lib/digitization/client/model";
import type { ErrorSummaryDto } from "./contracts";

export function countErrorCodes(items: Iterable<ErroredItem>): ErrorSummaryDto["byCode"] {
  const byCode = new Map<string, { code: string; message: string | null; count: number }>();
  for (const item of items) {
    const codes = new Set(item.businessErrors.map((e) => e.error));
    if (codes.size === 0) codes.add("UNKNOWN");
    for (const code of codes) {
      const entry = byCode.get(code) ?? { code, message: null, count: 0 };
      entry.message ??= item.businessErrors.find((e) => e.error === code)?.message ?? null;
      entry.count += 1;
      byCode.set(code, entry);
    }
  }
  return [...byCode.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
