// One error type for every way a Digitization API call can fail, discriminated by `kind`.
// Messages are safe to log and to show: they are only our own words, never the API key,
// request bodies, response payload values (PII) or the API's own error message (upstream text
// is not ours to repeat and could quote anything). The API's error code stays in `code`, for logs.

/** One answer for a refused connection, a closed port, a timeout and a refused destination. */
export const UNREACHABLE = "The Digitization API could not be reached";

export type DigitizationErrorKind =
  /** 401; `code` is 0000000100 (key missing) or 0000000200 (key unknown/revoked). */
  | "auth"
  /** 404 0701020100: unknown batch, or a batch of another organization. */
  | "not_found"
  /** 429 still answered after the last attempt; `retryAfterMs` when the API said. */
  | "rate_limited"
  /** 5xx, network failure, timeout or a refused destination (see `detail`), after all attempts. */
  | "upstream_unavailable"
  /** Not JSON, truncated, HTML, or JSON that matches neither published dialect. */
  | "malformed_response"
  /** 422 and other 4xx (or a redirect, never followed), with the API's code. */
  | "rejected"
  /** The caller's input was refused before any request was sent. */
  | "invalid_input"
  /** The caller's AbortSignal fired. */
  | "aborted";

interface DigitizationErrorInit {
  status?: number;
  code?: string;
  retryAfterMs?: number;
  attempts?: number;
  /** Diagnostic text we compose ourselves (e.g. "ECONNREFUSED", zod issue paths). */
  detail?: string;
}

export class DigitizationError extends Error {
  override readonly name = "DigitizationError";
  readonly kind: DigitizationErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;
  readonly attempts?: number;
  readonly detail?: string;

  constructor(kind: DigitizationErrorKind, message: string, init: DigitizationErrorInit = {}) {
    super(message);
    this.kind = kind;
    // Only defined fields are set, so JSON and logs stay small and exactOptional-friendly.
    if (init.status !== undefined) this.status = init.status;
    if (init.code !== undefined) this.code = init.code;
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs;
    if (init.attempts !== undefined) this.attempts = init.attempts;
    if (init.detail !== undefined) this.detail = init.detail;
  }

  /** Explicit so loggers and API responses serialise exactly these fields and nothing else. */
  toJSON(): Record<string, unknown> {
    const { name, kind, message, status, code, retryAfterMs, attempts, detail } = this;
    return { name, kind, message, status, code, retryAfterMs, attempts, detail };
  }
}

export function isDigitizationError(
  error: unknown,
  kind?: DigitizationErrorKind,
): error is DigitizationError {
  return error instanceof DigitizationError && (kind === undefined || error.kind === kind);
}

/**
 * Removes the secret from text that came from outside (an API error message could echo
 * the key it refused). Applied to every server-provided string before it enters an error.
 */
export function redact(text: string, secret: string): string {
  return secret.length > 0 ? text.split(secret).join("[redacted]") : text;
}
