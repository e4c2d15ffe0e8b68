import "server-only";
// The one path every endpoint takes to the Digitization API: input checks before any URL is
// built, the destination check, one HTTP exchange per attempt with a deadline, retries with
// capped exponential backoff and full jitter, a circuit breaker per origin, reading the final
// answer as JSON or a typed error, and the key scrubbed out of anything thrown. Here once,
// so no endpoint can forget a step.
import { setTimeout as delay } from "node:timers/promises";
import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { destinationPolicy, refuseDestination, type DestinationPolicy } from "./destination";
import { DigitizationError, redact, UNREACHABLE } from "./errors";
import type { Readable } from "node:stream";
import { request, type Dispatcher } from "undici";
import { guardedAgent } from "./guarded-agent";
import { optText, toText } from "./normalize";

// Batch ids are UUIDs. Checking before a call keeps odd input out of URL paths (no "../"
// or "?" smuggled into a request made with the organization's key) and saves a round trip.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isBatchId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

export function assertBatchId(value: unknown): string {
  if (!isBatchId(value)) throw new DigitizationError("invalid_input", "The batch id must be a UUID");
  return value;
}

// Page parameters are checked before a call: a NaN or 0 would otherwise reach the API's URL.

export function assertPageNumber(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new DigitizationError("invalid_input", `${name} must be a positive integer`);
  }
  return value;
}

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

// One HTTP exchange with a deadline. It never throws for transport trouble: the retry loop
// decides what a timeout or a refused connection means. Only the caller's own abort throws.

type AttemptOutcome =
  | { type: "response"; status: number; headers: Headers; text: string }
  | { type: "failure"; reason: "timeout" | "network"; detail: string };

/** What an attempt sends: a body as undici's `request` takes it (bytes, text or a Node stream). */
export type RequestBody = string | Uint8Array | Readable;

interface AttemptInput {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: RequestBody;
  timeoutMs: number;
  dispatcher: Dispatcher;
  signal?: AbortSignal;
}

/** undici's raw header record as a Headers object (the answer's readers ask it by name). */
function toHeaders(raw: Record<string, string | string[] | undefined>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, one);
  }
  return headers;
}

/**
 * A short, secret-free description of a transport failure: the system error code
 * (ECONNREFUSED, UND_ERR_SOCKET) or the error's class name. Never the error's message,
 * which for a header validation failure would quote the header value, i.e. the key.
 */
function describeFailure(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  for (const candidate of [cause, error]) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === "string" && /^[A-Z0-9_]{2,40}$/.test(code)) return code;
  }
  return error instanceof Error && /^[A-Za-z]{1,40}$/.test(error.name) ? error.name : "network error";
}

async function attemptOnce(input: AttemptInput): Promise<AttemptOutcome> {
  const timeout = AbortSignal.timeout(input.timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, timeout]) : timeout;
  try {
    // undici's `request`, not `fetch`: no WHATWG streams or Response object around a body read
    // whole anyway, which cost a proxied page about 0.6 ms of CPU. Redirects are not followed
    // (the key header would go along to wherever they point).
    const { method, headers, body, dispatcher } = input;
    const response = await request(input.url, { method, headers, ...(body === undefined ? {} : { body }), signal, dispatcher });
    // The deadline covers the body too: a server that sends headers and then stalls hangs.
    const text = await response.body.text();
    return { type: "response", status: response.statusCode, headers: toHeaders(response.headers), text };
  } catch (error) {
    if (input.signal?.aborted) throw new DigitizationError("aborted", "The Digitization API call was cancelled");
    if (timeout.aborted) return { type: "failure", reason: "timeout", detail: `no complete answer within ${input.timeoutMs} ms` };
    return { type: "failure", reason: "network", detail: describeFailure(error) };
  }
}

// Reading a final HTTP answer: JSON or a typed error. Pure (no I/O), so it is unit-testable
// without a server.

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** `{code, message, parameter}` per the spec's error table; `{error: {...}}` tolerated. */
const apiErrorBodySchema = z.object({
  code: optText,
  message: optText,
  parameter: optText,
  error: z.union([z.string(), z.object({ code: optText, message: optText })]).nullish().catch(undefined),
});

export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The API's error code, when the body has one that looks like a code (a short token). Its
 * free-text message is never kept: it is not ours to repeat and could quote anything.
 */
function upstreamCode(text: string): string | undefined {
  const parsed = apiErrorBodySchema.safeParse(tryParseJson(text));
  if (!parsed.success) return undefined;
  const { code, error } = parsed.data;
  const nested = typeof error === "object" && error !== null ? error : undefined;
  const c = toText(code) ?? toText(nested?.code);
  return c !== null && /^[A-Za-z0-9_.-]{1,64}$/.test(c) ? c : undefined;
}

export function errorFromResponse(res: ApiResponse): DigitizationError {
  const code = upstreamCode(res.text);
  const init = { status: res.status, ...(code === undefined ? {} : { code }) };
  if (res.status === 401) return new DigitizationError("auth", "The Digitization API refused the key", init);
  if (res.status === 404) return new DigitizationError("not_found", "Batch not found", init);
  if (res.status >= 300 && res.status < 400) {
    // Redirects are not followed: the key header would go along to wherever they point.
    return new DigitizationError("rejected", "The Digitization API answered with a redirect; check the base URL", init);
  }
  return new DigitizationError("rejected", `The Digitization API rejected the request (HTTP ${res.status})`, init);
}

/** The JSON body of a 2xx answer; any other status becomes its typed error. */
export function expectJson(res: ApiResponse, what: string): unknown {
  if (res.status < 200 || res.status >= 300) throw errorFromResponse(res);
  const body = tryParseJson(res.text);
  if (body === undefined || typeof body !== "object" || body === null) {
    const type = res.headers.get("content-type")?.split(";")[0]?.trim() || "no content type";
    throw new DigitizationError("malformed_response", `The Digitization API sent an unreadable ${what} response`, {
      status: res.status,
      detail: `body is not a JSON object (${type}, ${res.text.length} chars)`,
    });
  }
  return body;
}

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

// The transport every endpoint goes through: URL and headers, deadline per attempt, and
// retries with capped exponential backoff and full jitter on network errors, timeouts, 5xx
// and 429 (honouring Retry-After). Other 4xx are answers, not accidents: never retried.

const DEFAULT_TIMEOUT_MS = 10_000;

/** pino's logger fits; only retries are logged, and never with headers. */
interface RetryLogger {
  warn(details: Record<string, unknown>, message: string): void;
}

export interface TransportOptions extends Partial<RetryPolicy> {
  /** Deadline for one attempt, body included. */
  timeoutMs?: number;
  signal?: AbortSignal;
  logger?: RetryLogger;
  /** Where the key may go; default: DIGITIZATION_ALLOWED_HOSTS, and https unless in demo mode. */
  destination?: DestinationPolicy;
  /** Injection points for tests. The default Agent refuses non-public addresses at connect time. */
  dispatcher?: Dispatcher;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

interface ApiCall {
  /** Names the use case in logs, e.g. "getBatchStatus". */
  operation: string;
  url: URL;
  apiKey: string;
  method: "GET" | "POST";
  contentType?: string;
  headers?: Record<string, string>;
  /** Called once per attempt, so a streamed body is rebuilt for each retry. */
  body?: () => RequestBody;
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

async function sendRequest(call: ApiCall, options: TransportOptions = {}): Promise<ApiResponse> {
  const policy: RetryPolicy = {
    maxAttempts: call.replayable === false ? 1 : Math.max(1, options.maxAttempts ?? DEFAULT_RETRY_POLICY.maxAttempts),
    baseDelayMs: options.baseDelayMs ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? DEFAULT_RETRY_POLICY.maxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs ?? DEFAULT_RETRY_POLICY.maxRetryAfterMs,
  };
  const { signal, logger, dispatcher = guardedAgent(), sleep = defaultSleep, random = Math.random, now = Date.now } = options;
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
    const outcome = await attemptOnce({ url: call.url.href, method: call.method, headers, ...(body === undefined ? {} : { body }), timeoutMs, dispatcher, ...(signal && { signal }) });
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

// The one path every endpoint function takes: check the target, send, read the answer, and
// scrub the key out of anything thrown. Scrubbing here, once, means no endpoint can forget.
// The destination check lives here too, so no endpoint can send the key somewhere else.

/** Where to call and with which organization's key; given on every call. */
export interface ApiTarget {
  baseUrl: string;
  apiKey: string;
}

// A token of visible ASCII: anything else cannot travel in a header, and the HTTP client's
// complaint about it would quote the value.
const API_KEY = /^[\x21-\x7e]+$/;

function batchUrl(baseUrl: string, path: string, query?: Record<string, string>): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new DigitizationError("invalid_input", "The Digitization API base URL is not a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new DigitizationError("invalid_input", "The Digitization API base URL must be http(s)");
  }
  url.pathname = `${url.pathname.replace(/\/+$/, "")}/digitization/v1/batch${path}`;
  url.search = query ? new URLSearchParams(query).toString() : "";
  url.hash = "";
  return url;
}

function scrub(error: unknown, secret: string): unknown {
  if (error instanceof DigitizationError) {
    const text = `${error.message}\n${error.code ?? ""}\n${error.detail ?? ""}`;
    if (!text.includes(secret)) return error;
    const { status, code, retryAfterMs, attempts, detail } = error;
    return new DigitizationError(error.kind, redact(error.message, secret), {
      ...(status === undefined ? {} : { status }),
      ...(code === undefined ? {} : { code: redact(code, secret) }),
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
      ...(attempts === undefined ? {} : { attempts }),
      ...(detail === undefined ? {} : { detail: redact(detail, secret) }),
    });
  }
  if (error instanceof Error && (error.message.includes(secret) || String(error.stack).includes(secret))) {
    return new Error(redact(error.message, secret));
  }
  return error;
}

export async function callApi<T>(
  target: ApiTarget,
  call: Omit<ApiCall, "apiKey" | "url"> & { path: string; query?: Record<string, string> },
  options: TransportOptions,
  read: (response: ApiResponse) => T,
): Promise<T> {
  if (typeof target.apiKey !== "string" || !API_KEY.test(target.apiKey)) {
    throw new DigitizationError("invalid_input", "The organization's API key is missing or not a valid token");
  }
  try {
    const { path, query, ...rest } = call;
    const url = batchUrl(target.baseUrl, path, query);
    const refusal = refuseDestination(url, options.destination ?? destinationPolicy(getEnv()));
    if (refusal) {
      // The same answer as a host that does not answer, so the refusal is no probe; the log
      // (detail) keeps the reason.
      throw new DigitizationError("upstream_unavailable", UNREACHABLE, { detail: `destination refused: ${refusal}` });
    }
    const response = await throughBreaker(url.origin, () => sendRequest({ ...rest, url, apiKey: target.apiKey }, options));
    return read(response);
  } catch (error) {
    throw scrub(error, target.apiKey);
  }
}
