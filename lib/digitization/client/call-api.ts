import "server-only";
// The one path every endpoint function takes: check the target, send, read the answer, and
// scrub the key out of anything thrown. Scrubbing here, once, means no endpoint can forget.
// The destination check lives here too, so no endpoint can send the key somewhere else.
import { getEnv } from "@/lib/config/env";
import { throughBreaker } from "./circuit-breaker";
import { destinationPolicy, refuseDestination } from "./destination/destination-policy";
import { DigitizationError, redact, UNREACHABLE } from "./errors";
import { sendRequest, type ApiCall, type TransportOptions } from "./request";
import type { ApiResponse } from "./response";

/** Where to call and with which organization's key; given on every call. */
export interface ApiTarget {
  baseUrl: string;
  apiKey: string;
}

// A token of visible ASCII: anything else cannot travel in a header, and fetch's complaint
// about it would quote the value.
const API_KEY = /^[\x21-\x7e]+$/;

export function batchUrl(baseUrl: string, path: string, query?: Record<string, string>): URL {
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
