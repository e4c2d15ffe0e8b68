// The API's published polling advice as a pure function, so the UI (TanStack Query's
// refetchInterval) and server jobs poll alike. Browser-safe: no I/O, no "server-only".
import { PUBLISHED_POLL_ADVICE } from "@/lib/config/polling";
import type { BatchStatus } from "./model";
import { isTerminalStatus } from "./normalize";

interface PollAdvice {
  /** First check after upload (advice: 1–2 minutes). */
  firstCheckMs: number;
  /** Between checks while pending/in progress (advice: 30–60 s). */
  intervalMs: number;
  /** Stop polling this long after upload (advice: 30 minutes). */
  giveUpAfterMs: number;
}

/**
 * How long to wait before the next status check, or null to stop polling.
 * `elapsedMs` is the time since upload. An `unknown` status keeps polling: it may be a new
 * intermediate state, and the give-up deadline still bounds it.
 */
export function nextPollDelayMs(
  status: BatchStatus,
  elapsedMs: number,
  opts: Partial<PollAdvice> = {},
): number | null {
  const advice: PollAdvice = {
    firstCheckMs: opts.firstCheckMs ?? PUBLISHED_POLL_ADVICE.firstCheckMs,
    intervalMs: opts.intervalMs ?? PUBLISHED_POLL_ADVICE.intervalMs,
    giveUpAfterMs: opts.giveUpAfterMs ?? PUBLISHED_POLL_ADVICE.giveUpAfterMs,
  };
  if (isTerminalStatus(status)) return null;
  const elapsed = Math.max(0, elapsedMs);
  if (elapsed >= advice.giveUpAfterMs) return null;
  if (elapsed < advice.firstCheckMs) return advice.firstCheckMs - elapsed;
  // Never plan past the deadline: the last check lands on it, then polling stops.
  return Math.min(advice.intervalMs, advice.giveUpAfterMs - elapsed);
}
