// Reading a final HTTP answer: JSON or a typed error. Pure (no I/O), so it is unit-testable
// without a server.
import { z } from "zod";
import { DigitizationError } from "./errors";
import { toText } from "./normalize-values";
import { optText } from "./schema-fields";

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
export function upstreamCode(text: string): string | undefined {
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
