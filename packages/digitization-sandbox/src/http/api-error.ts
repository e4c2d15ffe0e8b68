// The sandbox's typed API errors. Bodies follow the spec's error table exactly:
// `{code, message, parameter}`, `parameter` naming the offending input or "".

export class SandboxApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter = "",
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body() {
    return { code: this.code, message: this.message, parameter: this.parameter };
  }
}

export const missingKey = () => new SandboxApiError(401, "0000000100", "Invalid Authorization: missing API key");
export const INVALID_KEY_CODE = "0000000200";
export const invalidKey = () => new SandboxApiError(401, INVALID_KEY_CODE, "Invalid Authorization");
/** Also the answer for another client's batch, so ids cannot be probed. */
export const batchNotFound = () => new SandboxApiError(404, "0701020100", "Batch not found");
export const invalidRequest = (message: string, parameter = "") => new SandboxApiError(400, "INVALID_REQUEST", message, parameter);
export const rateLimited = (retryAfterSeconds: number, perSecond: number) =>
  new SandboxApiError(429, "RATE_LIMIT_EXCEEDED", `Too many requests: at most ${perSecond} requests per second per key`, "", {
    "Retry-After": String(retryAfterSeconds),
  });
/** Too many wrong keys from one address: answered before the key is checked. */
export const tooManyKeyFailures = (retryAfterSeconds: number) =>
  new SandboxApiError(429, "RATE_LIMIT_EXCEEDED", "Too many requests with an invalid API key from this address; try again later", "", {
    "Retry-After": String(retryAfterSeconds),
  });
export const internalError = () => new SandboxApiError(500, "INTERNAL_ERROR", "Internal error; the request was not completed");
