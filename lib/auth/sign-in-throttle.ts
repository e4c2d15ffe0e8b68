import "server-only";

// A per-address brake on password guessing across many accounts. Per-account lockout is in
// the database (authenticate.ts); this window is per process, which is enough to slow a
// guesser and needs no shared state.
const WINDOW_MS = 10 * 60_000;
const MAX_ATTEMPTS = 30;
const attempts = new Map<string, number[]>();

export function isThrottled(ip: string | null, now = Date.now()): boolean {
  if (!ip) return false;
  const recent = (attempts.get(ip) ?? []).filter((t) => now - t < WINDOW_MS);
  recent.push(now);
  attempts.set(ip, recent);
  if (attempts.size > 10_000) attempts.delete(attempts.keys().next().value as string);
  return recent.length > MAX_ATTEMPTS;
}
