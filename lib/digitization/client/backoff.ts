// Retry timing, kept pure so tests can pin it with an injected random source.

export interface RetryPolicy {
  /** Total attempts including the first one. */
  maxAttempts: number;
  /** Backoff ceiling before jitter for the first retry; doubles per retry. */
  baseDelayMs: number;
  /** No single backoff wait exceeds this. */
  maxDelayMs: number;
  /** A server's Retry-After is honoured up to this; a longer ask is clamped. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  // A portal request waits on these calls; a minute-long Retry-After is better surfaced
  // as rate_limited than held open.
  maxRetryAfterMs: 10_000,
};

/**
 * "Full jitter": a uniform wait in [0, min(cap, base·2^(retry-1))). Spreading retries over
 * the whole window is what keeps many portal instances from retrying in lockstep.
 * `retry` is 1 for the wait after the first failed attempt.
 */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const exponent = Math.min(Math.max(retry - 1, 0), 30);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(ceiling * r);
}

/**
 * Retry-After as delta-seconds or an HTTP-date, in ms from `nowMs`; null when absent or
 * unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[a-z]/i.test(text)) return null; // "1.5" or "-3": not a valid form; don't guess.
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - nowMs);
}

/** The wait before the next attempt: the server's ask when it gave one, else backoff. */
export function retryDelayMs(
  retry: number,
  retryAfterMs: number | null,
  policy: RetryPolicy,
  random: () => number,
): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return backoffDelayMs(retry, policy, random);
}
