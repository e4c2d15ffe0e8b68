import "server-only";
import { AppError } from "@/lib/http/errors";
import { toErrorResponse } from "@/lib/http/route";

/** A held brake's answer: 429 with the seconds to wait (sent as Retry-After). */
export class TooManyRequests extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "TOO_MANY_REQUESTS", message, { retryAfterSeconds });
  }
}

/**
 * Runs a route's work and answers a held brake as the usual error body plus Retry-After,
 * which the shared error mapping (lib/http/route.ts) does not add by itself.
 */
export async function answeringHeldBrakes(requestId: string, work: () => Promise<Response>): Promise<Response> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof TooManyRequests)) throw error;
    const response = toErrorResponse(error, requestId);
    response.headers.set("Retry-After", String(error.retryAfterSeconds));
    return response;
  }
}
