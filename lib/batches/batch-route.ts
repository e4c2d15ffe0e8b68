import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { mayCarrySession } from "@/lib/auth/session-cookie";
import { isDigitizationError } from "@/lib/digitization/client";
import { route, toErrorResponse, type RouteContext } from "@/lib/http/route";
import { logger } from "@/lib/log/logger";
import { requestIdParams } from "@/lib/requests/contracts";
import { loadBatchTarget, readBatchTarget, type BatchTarget, type TargetRow } from "./load-batch-target";
import { upstreamFailure } from "./upstream-error";

type Schema = z.ZodType;
type Params = typeof requestIdParams;
export type BatchContext<Q extends Schema, B extends Schema> = RouteContext<Params, Q, B> & { target: BatchTarget };

/**
 * `route()` for the batch proxy: loads the request and its batch before the handler runs,
 * and turns Digitization API failures into one consistent answer (with Retry-After on 429).
 * The request's row is read beside the session check rather than after it (two database round
 * trips at once instead of one after the other, on every proxied page); nothing of it is used or
 * decrypted until the actor is known and allowed to see it.
 */
export function batchRoute<Q extends Schema = z.ZodUnknown, B extends Schema = z.ZodUnknown>(
  spec: { permission?: Permission; query?: Q; body?: B },
  handler: (ctx: BatchContext<Q, B>) => Promise<Response | object>,
) {
  const earlyReads = new WeakMap<Request, Promise<TargetRow | null>>();
  const answer = route({ ...spec, permission: spec.permission ?? "batches:read", params: requestIdParams }, async (ctx) => {
    const target = await loadBatchTarget(ctx.actor, ctx.params.requestId, earlyReads.get(ctx.request));
    try {
      return await handler({ ...ctx, target });
    } catch (error) {
      if (!isDigitizationError(error)) throw error;
      const { error: answer, retryAfterSeconds } = upstreamFailure(error);
      // The client's errors hold only our words and the API's code: safe to log whole.
      logger.warn({ correlationId: ctx.correlationId, batchId: target.batchId, upstream: error.toJSON() }, "Digitization API call failed");
      const response = toErrorResponse(answer, ctx.correlationId);
      if (retryAfterSeconds !== null) response.headers.set("Retry-After", String(retryAfterSeconds));
      return response;
    }
  });
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => {
    const { requestId } = await context.params;
    // Only for a caller who may be signed in: an anonymous request costs the database nothing.
    if (typeof requestId === "string" && mayCarrySession(request.headers)) {
      const read = readBatchTarget(requestId);
      // Awaited by the handler, or by nobody when the session check refuses: never unheard.
      read.catch(() => undefined);
      earlyReads.set(request, read);
    }
    return answer(request, context);
  };
}
