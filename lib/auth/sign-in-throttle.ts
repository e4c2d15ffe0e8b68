import "server-only";

// A per-address brake on password guessing across many accounts. Per-account lockout is in
// the database (authenticate.ts); this window is per process, which is enough to slow a
// guesser and needs no shared state. Only failures count: a whole branch office behind one
// address signing in every morning must not lock itself out.
const WINDOW_MS = 10 * 60_000;
const MAX_FAILURES = 30;
const failures = new Map<string, number[]>();

function recent(ip: string, now: number) {
  return (failures.get(ip) ?? []).filter((t) => now - t < WINDOW_MS);
}

export function isThrottled(ip: string | null, now = Date.now()): boolean {
  return ip !== null && recent(ip, now).length >= MAX_FAILURES;
}

export function recordSignInFailure(ip: string | null, now = Date.now()): void {
  if (!ip) return;
  failures.set(ip, [...recent(ip, now), now]);
  if (failures.size > 10_000) failures.delete(failures.keys().next().value as string);
}
