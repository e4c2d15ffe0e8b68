import "server-only";
// The transport every endpoint goes through: URL and headers, deadline per attempt, and
// retries with capped exponential backoff and full jitter on network errors, timeouts, 5xx
// and 429 (honouring Retry-After). Other 4xx are answers, not accidents: never retried.
import { setTimeout as delay } from "node:timers/promises";
import { attemptOnce, type AttemptOutcome } from "./attempt";
import type { DestinationPolicy } from "./destination/destination-policy";
import { guardedFetch } from "./destination/guarded-fetch";
import { DEFAULT_RETRY_POLICY, parseRetryAfterMs, retryDelayMs, type RetryPolicy } from "./backoff";
import { DigitizationError, UNREACHABLE } from "./errors";
import { upstreamCode, type ApiResponse } from "./response";

export const DEFAULT_TIMEOUT_MS = 10_000;

/** pino's logger fits; only retries are logged, and never with headers. */
export interface RetryLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface TransportOptions extends Partial<RetryPolicy> {
  /** Deadline for one attempt, body included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  logger?: RetryLogger;
  /** Where the key may go; default: DIGITIZATION_ALLOWED_HOSTS, and https unless in demo mode. */
  destination?: DestinationPolicy;
  /** Injection points for tests. The default fetch refuses non-public addresses at connect time. */
  fetch?: typeof fetch;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

export interface ApiCall {
  /** Names the use case in logs, e.g. "getBatchStatus". */
  operation: string;
  url: URL;
  apiKey: string;
  method: "GET" | "POST";
  contentType?: string;
  headers?: Record<string, string>;
  /** Called once per attempt, so a streamed body is rebuilt for each retry. */
  body?: () => BodyInit;
  /** False when the body can be sent only once: then there is a single attempt. */
  replayable?: boolean;
  defaultTimeoutMs?: number;
}

const defaultSleep = (ms: number, signal?: AbortSignal) =>
  delay(ms, undefined, signal ? { signal } : undefined).catch(() => undefined);

const isRetryable = (o: AttemptOutcome) => o.type === "failure" || o.status === 429 || o.status >= 500;

function exhausted(o: AttemptOutcome, attempts: number, retryAfterMs: number | null): DigitizationError {
  if (o.type === "failure") {
    return new DigitizationError("upstream_unavailable", UNREACHABLE, { attempts, detail: o.detail });
  }
  const code = upstreamCode(o.text);
  const init = { status: o.status, attempts, ...(code === undefined ? {} : { code }) };
  if (o.status === 429) {
    return new DigitizationError("rate_limited", "The Digitization API is rate limiting this key", {
      ...init,
      ...(retryAfterMs === null ? {} : { retryAfterMs }),
    });
  }
  return new DigitizationError("upstream_unavailable", `The Digitization API is unavailable (HTTP ${o.status})`, init);
}

export async function sendRequest(call: ApiCall, options: TransportOptions = {}): Promise<ApiResponse> {
  const policy: RetryPolicy = {
    maxAttempts: call.replayable === false ? 1 : Math.max(1, options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
  };
  const { signal, logger, fetch: doFetch = guardedFetch, sleep = defaultSleep, random = Math.random, now = Date.now } = options;
  const timeoutMs = options.timeoutMs ?? call.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers = {
    // Every call carries both, GET included, as the API requires.
    "x-transaction-key": call.apiKey,
    "Content-Type": call.contentType ?? "application/json",
    Accept: "application/json",
    ...call.headers,
  };

  for (let attempt = 1; ; attempt += 1) {
    if (signal?.aborted) throw new DigitizationError("aborted", "The Digitization API call was cancelled");
    const body = call.body?.();
    const init: RequestInit & { duplex?: "half" } = { method: call.method, headers, redirect: "manual" };
    if (body !== undefined) {
      init.body = body;
      // Node's fetch refuses a stream body without it; harmless for byte bodies.
      init.duplex = "half";
    }
    const outcome = await attemptOnce({ url: call.url.href, init, timeoutMs, fetch: doFetch, ...(signal && { signal }) });
    if (!isRetryable(outcome) && outcome.type === "response") return outcome;
    const retryAfterMs = outcome.type === "response" ? parseRetryAfterMs(outcome.headers.get("retry-after"), now()) : null;
    if (attempt >= policy.maxAttempts) throw exhausted(outcome, attempt, retryAfterMs);
    const waitMs = retryDelayMs(attempt, retryAfterMs, policy, random);
    logger?.warn(
      {
        operation: call.operation,
        attempt,
        waitMs,
        ...(outcome.type === "response" ? { status: outcome.status } : { reason: outcome.reason, detail: outcome.detail }),
      },
      "Digitization API call failed; retrying",
    );
    await sleep(waitMs, signal);
  }
}
