// When View Details checks a batch's status, as the platform advises: the first check a
// configured delay after submission, then a fixed interval, never past 30 minutes of
// polling, never after completed/failed. Pure, so the schedule is unit-tested.
import type { BatchStatus } from "@/lib/digitization/client/model";
import { nextPollDelayMs } from "@/lib/digitization/client/poll-advice";
import { isTerminalStatus } from "@/lib/digitization/client/normalize";

export type PollPlan = { firstDelayMs: number; intervalMs: number; giveUpAfterMs: number };

/** Epoch ms of the first allowed check: the delay after submission (no submission time: now). */
export function firstCheckAt(submittedAt: string | null, firstDelayMs: number): number {
  const at = submittedAt ? Date.parse(submittedAt) : Number.NaN;
  return Number.isNaN(at) ? 0 : at + firstDelayMs;
}

/** TanStack Query's refetchInterval: the next delay, or false to stop. */
export function statusRefetchInterval(status: BatchStatus | undefined, pollingSince: number, plan: PollPlan, now = Date.now()): number | false {
  const delay = nextPollDelayMs(status ?? "pending", now - pollingSince, { firstCheckMs: 0, intervalMs: plan.intervalMs, giveUpAfterMs: plan.giveUpAfterMs });
  return delay ?? false;
}

/** True once polling gave up with the batch still unfinished (the "check back later" state). */
export function pollingGaveUp(status: BatchStatus | undefined, pollingSince: number, lastCheckAt: number, plan: PollPlan): boolean {
  if (status !== undefined && isTerminalStatus(status)) return false;
  return lastCheckAt - pollingSince >= plan.giveUpAfterMs;
}
