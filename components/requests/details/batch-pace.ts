import type { BatchStatusDto } from "@/lib/batches/contracts";

export type BatchPace = {
  /** Records processed per second since the batch started; null until there is a measurable pace. */
  recordsPerSecond: number | null;
  /** Seconds until the last record at that pace, for a running batch only. */
  secondsLeft: number | null;
};

const ms = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

/**
 * The pace from the stored status alone: processed records over the time from the start to the
 * completion (or, while it runs, to the last check). The start may be when the portal first saw
 * the batch running, so early on the pace reads high; it settles as the batch goes on.
 */
export function batchPace(s: Pick<BatchStatusDto, "status" | "totals" | "startedAt" | "completedAt" | "checkedAt">): BatchPace {
  const start = ms(s.startedAt);
  const end = ms(s.completedAt ?? s.checkedAt);
  const seconds = (end - start) / 1000;
  if (!(seconds > 0) || s.totals.processed <= 0) return { recordsPerSecond: null, secondsLeft: null };
  const recordsPerSecond = s.totals.processed / seconds;
  const remaining = Math.max(0, s.totals.total - s.totals.processed);
  const secondsLeft = s.status === "in_progress" ? Math.ceil(remaining / recordsPerSecond) : null;
  return { recordsPerSecond, secondsLeft };
}
