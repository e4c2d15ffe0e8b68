// Telling the two published dialects apart, and failing with a typed error when a body
// fits neither. Pure and side-effect free.
import type { z } from "zod";
import { DigitizationError } from "./errors";
import { toBoolean, toText } from "./normalize-values";

export type Dialect = "guide" | "reference";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Guide bodies wrap the payload: `{data: {...}, message, success}`. Reference bodies are
 * the payload itself — and some of those also have an object `data` (customer data) or an
 * array `data` (errored records). A reference payload always carries its own `batchId` or
 * `status` at the top, an envelope never does (a numeric HTTP-style `status` aside).
 */
export function detectDialect(body: unknown): Dialect {
  if (!isPlainObject(body) || !isPlainObject(body.data)) return "reference";
  const payloadMarker = typeof body.batchId === "string" || typeof body.status === "string";
  return payloadMarker ? "reference" : "guide";
}

/** Parses with a schema or throws malformed_response naming where (never what) it failed. */
export function parseOrThrow<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  // Paths and zod's generic messages only: values could be personal data.
  const detail = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new DigitizationError("malformed_response", `The Digitization API sent an unexpected ${what} response`, {
    detail,
  });
}

/** A 2xx guide envelope that still says `success: false` is a refusal, not data. */
export function assertEnvelopeSuccess(
  envelope: { success?: unknown; message?: unknown; code?: unknown },
  status?: number,
): void {
  if (toBoolean(envelope.success) !== false) return;
  const code = toText(envelope.code);
  // Our words, not the envelope's message (see ./errors).
  throw new DigitizationError("rejected", "The Digitization API reported the request as unsuccessful", {
    ...(status === undefined ? {} : { status }),
    ...(code === null ? {} : { code }),
  });
}
