// Token bucket per key, in this process's memory: with several portal instances each allows
// the full rate (docs/sandbox.md says so). Good enough for a sandbox; the real platform's
// limit is what clients must respect.

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export type RateLimiter = { take(key: string): RateDecision; readonly perSecond: number };

type Bucket = { tokens: number; at: number };

export function createRateLimiter(perSecond = 25, now: () => number = Date.now): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const prune = (t: number) => {
    // Keeps memory bounded: a bucket idle for a second is full again and can be forgotten.
    for (const [key, b] of buckets) if (t - b.at > 1000) buckets.delete(key);
  };
  return {
    perSecond,
    take(key) {
      const t = now();
      if (buckets.size > 10_000) prune(t);
      const b = buckets.get(key) ?? { tokens: perSecond, at: t };
      b.tokens = Math.min(perSecond, b.tokens + ((t - b.at) / 1000) * perSecond);
      b.at = t;
      buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { allowed: true };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - b.tokens) / perSecond)) };
    },
  };
}
