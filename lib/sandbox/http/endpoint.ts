import "server-only";
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { authenticateKey, type SandboxCaller } from "@/lib/sandbox/keys/authenticate-key";
import { SandboxApiError, internalError, rateLimited, sandboxDisabled } from "./api-error";
import { jsonResponse } from "./respond";
import type { BatchParams, SandboxDeps } from "./sandbox-deps";

export type EndpointContext = {
  request: Request;
  params: BatchParams;
  prisma: PrismaClient;
  caller: SandboxCaller;
  deps: SandboxDeps;
};

export type SandboxHandler = (request: Request, params?: BatchParams) => Promise<Response>;

/**
 * The one wrapper of every sandbox endpoint: switch, key, rate limit, typed errors. Anything
 * unexpected is logged with a request id and answered 500 without detail.
 */
export function endpoint(deps: SandboxDeps, handle: (ctx: EndpointContext) => Promise<Response>): SandboxHandler {
  return async (request, params = {}) => {
    const requestId = request.headers.get("x-request-id")?.slice(0, 64) || randomUUID();
    try {
      if (!deps.enabled()) throw sandboxDisabled();
      const prisma = await deps.prisma();
      const caller = await authenticateKey(prisma, request.headers.get("x-transaction-key"), deps.now());
      const decision = deps.limiter.take(caller.keyId);
      if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds, deps.limiter.perSecond);
      const response = await handle({ request, params, prisma, caller, deps });
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
