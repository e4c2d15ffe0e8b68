import type { ValidationIssue } from "@/lib/validation/issues";

// Typed errors with stable codes. Only these messages reach users; anything else is logged
// with the request id and answered with a generic 500.
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const unauthorized = () => new AppError(401, "UNAUTHENTICATED", "Sign in to continue.");
export const forbidden = (message = "You do not have permission to do this.") => new AppError(403, "FORBIDDEN", message);
/** Also the answer for another organization's data, so ids cannot be probed. */
export const notFound = (what = "Not found") => new AppError(404, "NOT_FOUND", what);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const badRequest = (message: string, details?: unknown) => new AppError(400, "BAD_REQUEST", message, details);
/** A 400 whose details list the problems as codes and values, for the portal to word in the user's language. */
export const invalidInput = (issues: ValidationIssue[]) =>
  badRequest(`Invalid input: ${issues.map((i) => `${i.field} ${i.code}`).join("; ")}`, { issues });

/** A held brake: 429, and the seconds to wait (sent as Retry-After by the route wrapper). */
export class TooManyRequests extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "TOO_MANY_REQUESTS", message, { retryAfterSeconds });
  }
}
