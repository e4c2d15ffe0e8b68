// What the browser is told when a Digitization API call fails. Pure: one table from the
// client's typed error kinds to statuses and user-facing words, so every batch route answers
// alike. Nothing of the API's answer is passed on, neither its message nor its error code:
// they are the API's words, not ours, and differences between them would let a caller probe
// what sits at the configured address. The server log keeps the code (see batch-route).
import { AppError } from "@/lib/http/errors";
import type { DigitizationError, DigitizationErrorKind } from "@/lib/digitization/client/errors";

export type UpstreamFailure = { error: AppError; retryAfterSeconds: number | null };

const TABLE: Record<DigitizationErrorKind, [status: number, code: string, message: string]> = {
  not_found: [404, "BATCH_NOT_FOUND", "Batch not found at the Digitization API"],
  rate_limited: [429, "UPSTREAM_RATE_LIMITED", "The Digitization API is busy; try again in a moment"],
  // Refused, closed port, timeout, refused destination: one answer (the log tells them apart).
  upstream_unavailable: [503, "UPSTREAM_UNAVAILABLE", "The Digitization API could not be reached; try again shortly"],
  aborted: [503, "UPSTREAM_UNAVAILABLE", "The Digitization API could not be reached; try again shortly"],
  auth: [502, "UPSTREAM_AUTH", "The organization's API key was refused by the Digitization API"],
  malformed_response: [502, "UPSTREAM_MALFORMED", "The Digitization API sent a response the portal cannot read"],
  rejected: [502, "UPSTREAM_REJECTED", "The Digitization API refused the request"],
  invalid_input: [502, "UPSTREAM_NOT_CALLED", "The Digitization API could not be called for this batch"],
};

/** The spec's code for an unknown batch (or another organization's). */
export const BATCH_NOT_FOUND_CODE = "0701020100";

/**
 * A 404 about something inside a known batch (e.g. a customer id the sandbox answers with its
 * own code) rather than about the batch itself. Without a code, it is taken as the batch.
 */
export function isNotFoundInsideBatch(error: DigitizationError): boolean {
  return error.kind === "not_found" && error.code !== undefined && error.code !== BATCH_NOT_FOUND_CODE;
}

/** Seconds for Retry-After: the API's own advice when it gave one, else a short default. */
const DEFAULT_RETRY_AFTER_SECONDS = 2;

export function upstreamFailure(error: DigitizationError): UpstreamFailure {
  const [status, code, message] = TABLE[error.kind] ?? TABLE.rejected;
  const retryAfterSeconds =
    error.kind === "rate_limited" ? Math.max(1, Math.ceil((error.retryAfterMs ?? DEFAULT_RETRY_AFTER_SECONDS * 1000) / 1000)) : null;
  return { error: new AppError(status, code, message), retryAfterSeconds };
}
