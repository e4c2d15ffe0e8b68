import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor, type Actor } from "@/lib/auth/current-actor";
import type { Permission } from "@/lib/auth/permissions";
import { recordAudit } from "@/lib/audit/write-audit";
import { logger } from "@/lib/log/logger";
import { checkOrigin } from "./check-origin";
import { AppError, badRequest, forbidden, unauthorized } from "./errors";
import { clientIp } from "./client-ip";

type Schema = z.ZodType;
type Spec<P extends Schema, Q extends Schema, B extends Schema> = {
  /** What the caller must be allowed to do; every route names one. */
  permission: Permission;
  params?: P;
  query?: Q;
  body?: B;
};

export type RouteContext<P extends Schema, Q extends Schema, B extends Schema> = {
  actor: Actor;
  params: z.infer<P>;
  query: z.infer<Q>;
  body: z.infer<B>;
  request: Request;
  requestId: string;
  sourceIp: string | null;
};

/**
 * The one wrapper of every API route handler: request id, CSRF origin check, session,
 * permission, zod parsing, error mapping, and no-store caching (responses may carry personal data).
 */
export function route<P extends Schema = z.ZodUnknown, Q extends Schema = z.ZodUnknown, B extends Schema = z.ZodUnknown>(
  spec: Spec<P, Q, B>,
  handler: (ctx: RouteContext<P, Q, B>) => Promise<Response | object>,
) {
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => {
    const requestId = request.headers.get("x-request-id")?.slice(0, 64) || randomUUID();
    const sourceIp = clientIp(request.headers);
    let actor: Actor | null = null;
    try {
      checkOrigin(request);
      actor = await getActor();
      if (!actor) throw unauthorized();
      if (!actor.permissions.has(spec.permission)) {
        await recordAudit({ action: "access.denied", outcome: "DENIED", actorId: actor.id, actorEmail: actor.email, organizationId: actor.organizationId, sourceIp, requestId, details: { permission: spec.permission, path: new URL(request.url).pathname } });
        throw forbidden();
      }
      const params = parse(spec.params, await context.params, "path");
      const query = parse(spec.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const body = (spec.body ? parse(spec.body, await readJson(request), "body") : undefined) as z.infer<B>;
      const result = await handler({ actor, params, query, body, request, requestId, sourceIp });
      return withHeaders(result instanceof Response ? result : NextResponse.json(result), requestId);
    } catch (error) {
      return withHeaders(toErrorResponse(error, requestId, actor), requestId);
    }
  };
}

function parse<S extends Schema>(schema: S | undefined, value: unknown, where: string): z.infer<S> {
  if (!schema) return value as z.infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) {
    throw badRequest(`Invalid ${where}: ${result.error.issues.map((i) => `${i.path.join(".") || where} ${i.message}`).join("; ")}`);
  }
  return result.data;
}

async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw badRequest("The request body must be valid JSON.");
  }
}

export function toErrorResponse(error: unknown, requestId: string, actor?: Actor | null): Response {
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details }, requestId }, { status: error.status });
  }
  logger.error({ err: error, requestId, actorId: actor?.id }, "unhandled error in route");
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong. Quote this reference to support." }, requestId }, { status: 500 });
}

function withHeaders(response: Response, requestId: string): Response {
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("x-request-id", requestId);
  return response;
}
