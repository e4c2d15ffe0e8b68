import type { CorrectionSession } from "../../lib/csv/correction/correction-api";
import { COL } from "../../lib/csv/template-columns";

/**
 * B9's edits, spread over the rows to fix (a date made valid, every other one put back), each
 * timed on its own. The same for the engine in Node and the session in Chromium's worker.
 */
export async function timedEdits(session: Pick<CorrectionSession, "rows" | "edit">, total: number, edits: number): Promise<number[]> {
  const ms: number[] = [];
  const step = Math.max(1, Math.floor(total / edits));
  for (let i = 0; i < edits; i++) {
    const { rows } = await session.rows({ offset: Math.min(total - 1, i * step), limit: 1, filter: "to-fix", view: 1 });
    const row = rows[0]!;
    const t0 = performance.now();
    await session.edit(row.rowId, COL.dob, i % 2 === 0 ? "27/07/1993" : row.values[COL.dob]!);
    ms.push(performance.now() - t0);
  }
  return ms;
}
