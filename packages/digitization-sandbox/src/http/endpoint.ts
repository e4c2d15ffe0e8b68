import type pg from "pg";
import type { PrismaClient } from "../generated/prisma/client";
import { logger } from "../log";
import { countKeyFailure, keyFailureState } from "../keys/key-failure-brake";
import { authenticateKey, type SandboxCaller } from "../keys/authenticate-key";
import { INVALID_KEY_CODE, SandboxApiError, internalError, rateLimited, tooManyKeyFailures } from "./api-error";
import { refuseDeclaredOverLimit } from "./body-limit";
import { jsonResponse } from "./respond";
import type { BatchParams, SandboxDeps } from "./sandbox-deps";
import { correlationIdOf } from "./correlation-id";

export type EndpointContext = {
  request: Request;
  params: BatchParams;
  prisma: PrismaClient;
  /** The pool under `prisma` (submit streams its rows with COPY). */
  pool: pg.Pool;
  caller: SandboxCaller;
  deps: SandboxDeps;
  /** The body limit of this endpoint; handlers read the body only through body-limit.ts. */
  maxBodyBytes: number;
};

/**
 * A sandbox endpoint as its callers see it: the request, the batch id from the path, and the
 * caller's address (the portal's clientIp, or the standalone server's socket peer; null when
 * unknown), which the brake on wrong keys counts against.
 */
export type SandboxHandler = (request: Request, params: BatchParams, sourceIp: string | null) => Promise<Response>;

export type EndpointSpec = { maxBodyBytes: (deps: EndpointContext["deps"]) => number };

/**
 * The one wrapper of every sandbox endpoint: body limit, brake on wrong keys, key,
 * rate limit, typed errors. Anything unexpected is logged with a request id and answered 500
 * without detail.
 */
export function endpoint(deps: EndpointContext["deps"], spec: EndpointSpec, handle: (ctx: EndpointContext) => Promise<Response>): SandboxHandler {
  return async (request, params, sourceIp) => {
    const requestId = correlationIdOf(request.headers);
    try {
      const maxBodyBytes = spec.maxBodyBytes(deps);
      refuseDeclaredOverLimit(request, maxBodyBytes);
      const { prisma, pool } = await deps.database();
      const caller = await authenticateBraked(prisma, request, sourceIp, deps.now());
      const decision = deps.limiter.take(caller.keyId);
      if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, deps.limiter.perSecond);
      const response = await handle({ request, params, prisma, pool, caller, deps, maxBodyBytes });
      response.headers.set("x-request-id", requestId);
      return response;
    } catch (error) {
      const known = error instanceof SandboxApiError ? error : null;
      if (!known) {
        const { name, code } = error as { name?: string; code?: string };
        logger.error({ requestId, err: { name, code }, path: new URL(request.url).pathname }, "sandbox request failed");
      }
      const e = known ?? internalError();
      return jsonResponse(e.status, e.body(), { ...e.headers, "x-request-id": requestId });
    }
  };
}

/**
 * The key check behind a brake on guessing: an address with too many wrong keys lately is
 * answered 429 before its key is even looked at. Without a known address there is no brake
 * (every such caller would share one count, and one guesser would shut out the rest).
 */
async function authenticateBraked(prisma: PrismaClient, request: Request, sourceIp: string | null, now: Date): Promise<SandboxCaller> {
  if (sourceIp) {
    const state = await keyFailureState(prisma, sourceIp);
    if (state.held) throw tooManyKeyFailures(state.retryAfterSeconds);
  }
  try {
    return await authenticateKey(prisma, request.headers.get("x-transaction-key"), now);
  } catch (error) {
    if (sourceIp && error instanceof SandboxApiError && error.code === INVALID_KEY_CODE) await countKeyFailure(prisma, sourceIp);
    throw error;
  }
}
