import { DigitizationError } from "./errors";

// Stops hammering a Digitization API that keeps failing: after FAILURES_TO_OPEN consecutive
// failed calls (each already retried with backoff) to one origin, calls fail fast for OPEN_MS;
// then one trial call is let through, and its outcome closes or re-opens the circuit.
// Per process: each instance protects the API from itself.
const FAILURES_TO_OPEN = 5;
const OPEN_MS = 30_000;
const TRIPPING = new Set(["upstream_unavailable", "rate_limited", "malformed_response"]);

type Circuit = { failures: number; openUntil: number; trialInFlight: boolean };
const circuits = new Map<string, Circuit>();

export async function throughBreaker<T>(origin: string, call: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  const circuit = circuits.get(origin) ?? { failures: 0, openUntil: 0, trialInFlight: false };
  circuits.set(origin, circuit);
  const open = circuit.failures >= FAILURES_TO_OPEN;
  if (open && (now() < circuit.openUntil || circuit.trialInFlight)) {
    throw new DigitizationError("upstream_unavailable", "The Digitization API keeps failing; calls are paused for a short while", {
      retryAfterMs: Math.max(0, circuit.openUntil - now()),
    });
  }
  circuit.trialInFlight = open;
  try {
    const result = await call();
    circuit.failures = 0;
    return result;
  } catch (error) {
    if (error instanceof DigitizationError && TRIPPING.has(error.kind)) {
      circuit.failures += 1;
      if (circuit.failures >= FAILURES_TO_OPEN) circuit.openUntil = now() + OPEN_MS;
    }
    throw error;
  } finally {
    circuit.trialInFlight = false;
  }
}

/** For tests: forget every circuit. */
export function resetCircuits() {
  circuits.clear();
}
