import "server-only";
import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import { isDigitizationError } from "@/lib/digitization/client";
import { route, toErrorResponse, type RouteContext } from "@/lib/http/route";
import { logger } from "@/lib/log/logger";
import { requestIdParams } from "@/lib/requests/contracts";
import { loadBatchTarget, type BatchTarget } from "./load-batch-target";
import { upstreamFailure } from "./upstream-error";

type Schema = z.ZodType;
type Params = typeof requestIdParams;
export type BatchContext<Q extends Schema, B extends Schema> = RouteContext<Params, Q, B> & { target: BatchTarget };

/**
 * `route()` for the batch proxy: loads the request and its batch before the handler runs,
 * and turns Digitization API failures into one consistent answer (with Retry-After on 429).
 */
export function batchRoute<Q extends Schema = z.ZodUnknown, B extends Schema = z.ZodUnknown>(
  spec: { permission?: Permission; query?: Q; body?: B },
  handler: (ctx: BatchContext<Q, B>) => Promise<Response | object>,
) {
  return route({ ...spec, permission: spec.permission ?? "batches:read", params: requestIdParams }, async (ctx) => {
    const target = await loadBatchTarget(ctx.actor, ctx.params.requestId);
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
}
