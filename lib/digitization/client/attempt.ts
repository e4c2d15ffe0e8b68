import "server-only";
// One HTTP exchange with a deadline. It never throws for transport trouble: the retry loop
// decides what a timeout or a refused connection means. Only the caller's own abort throws.
import { DigitizationError } from "./errors";

export type AttemptOutcome =
  | { type: "response"; status: number; headers: Headers; text: string }
  | { type: "failure"; reason: "timeout" | "network"; detail: string };

export interface AttemptInput {
  url: string;
  init: RequestInit;
  timeoutMs: number;
  fetch: typeof fetch;
  signal?: AbortSignal;
}

/**
 * A short, secret-free description of a transport failure: the system error code
 * (ECONNREFUSED, UND_ERR_SOCKET) or the error's class name. Never the error's message,
 * which for a header validation failure would quote the header value, i.e. the key.
 */
export function describeFailure(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  for (const candidate of [cause, error]) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  }
  return error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : "network error";
}

export async function attemptOnce(input: AttemptInput): Promise<AttemptOutcome> {
  const timeout = AbortSignal.timeout(input.timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  try {
    const response = await input.fetch(input.url, { ...input.init, signal });
    // The deadline covers the body too: a server that sends headers and then stalls hangs.
    const text = await response.text();
    return { type: "response", status: response.status, headers: response.headers, text };
  } catch (error) {
    if (input.signal?.aborted) throw new DigitizationError("aborted", "The Digitization API call was cancelled");
    if (timeout.aborted) return { type: "failure", reason: "timeout", detail: `no complete answer within ${input.timeoutMs} ms` };
    return { type: "failure", reason: "network", detail: describeFailure(error) };
  }
}
