import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { getActor, type Actor } from "@/lib/auth/current-actor";
import type { Permission } from "@/lib/auth/permissions";
import { auditFields, recordAudit, type RequestContext } from "@/lib/audit/write-audit";
import { logger } from "@/lib/log/logger";
import { checkOrigin } from "./check-origin";
import { clientIp } from "./client-ip";
import { correlationIdOf } from "./correlation-id";
import { validationIssues } from "@/lib/validation/issues";
import { AppError, badRequest, forbidden, invalidInput, notFound, TooManyRequests, unauthorized } from "./errors";
import { JSON_BODY_MAX_BYTES, readBodyText, refuseDeclaredOversize } from "./read-body";

type Schema = z.ZodType;
type Spec<P extends Schema, Q extends Schema, B extends Schema> = {
  /** What the caller must be allowed to do; every route names one. */
  permission: Permission;
  /** Path parameters; a value that does not parse (a malformed id) is answered 404, like a missing one. */
  params?: P;
  query?: Q;
  body?: B;
};

/** The request context (who, from where, correlation id) plus what the route parsed. */
export type RouteContext<P extends Schema, Q extends Schema, B extends Schema> = RequestContext & {
  params: z.infer<P>;
  query: z.infer<Q>;
  body: z.infer<B>;
  request: Request;
};

/**
 * The one wrapper of every API route handler: correlation id, CSRF origin check, body limit,
 * session, permission, zod parsing, error mapping, and no-store caching (responses may carry
 * personal data).
 */
export function route<P extends Schema = z.ZodUnknown, Q extends Schema = z.ZodUnknown, B extends Schema = z.ZodUnknown>(
  spec: Spec<P, Q, B>,
  handler: (ctx: RouteContext<P, Q, B>) => Promise<Response | object>,
) {
  return async (request: Request, context: { params: Promise<Record<string, string | string[]>> }) => {
    const correlationId = correlationIdOf(request.headers);
    const clientAddress = clientIp(request.headers);
    let actor: Actor | null = null;
    try {
      checkOrigin(request);
      refuseDeclaredOversize(request, JSON_BODY_MAX_BYTES);
      actor = await getActor();
      if (!actor) throw unauthorized();
      if (!actor.permissions.has(spec.permission)) {
        await recordAudit({ ...auditFields({ actor, clientAddress, correlationId }), action: "access.denied", outcome: "DENIED", details: { permission: spec.permission, path: new URL(request.url).pathname } });
        throw forbidden();
      }
      const params = parsePath(spec.params, await context.params);
      const query = parse(spec.query, Object.fromEntries(new URL(request.url).searchParams), "query");
      const body = (spec.body ? parse(spec.body, await readJson(request), "body") : undefined) as z.infer<B>;
      const result = await handler({ actor, clientAddress, correlationId, params, query, body, request });
      return withHeaders(result instanceof Response ? result : NextResponse.json(result), correlationId);
    } catch (error) {
      return withHeaders(toErrorResponse(error, correlationId, actor), correlationId);
    }
  };
}

function parse<S extends Schema>(schema: S | undefined, value: unknown, where: string): z.infer<S> {
  if (!schema) return value as z.infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(validationIssues(result.error, where));
  return result.data;
}

/** A path that names nothing valid names nothing: 404, exactly as for a missing id. */
function parsePath<S extends Schema>(schema: S | undefined, value: unknown): z.infer<S> {
  if (!schema) return value as z.infer<S>;
  const result = schema.safeParse(value);
  if (!result.success) throw notFound();
  return result.data;
}

async function readJson(request: Request): Promise<unknown> {
  const text = await readBodyText(request, JSON_BODY_MAX_BYTES);
  try {
    return JSON.parse(text);
  } catch {
    throw badRequest("The request body must be valid JSON.");
  }
}

const BUSY_RETRY_AFTER_SECONDS = 2;

/** Prisma's P2028: an interactive transaction did not get a connection (or expired) and was not run, or rolled back. */
function transactionCouldNotStart(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";
}

/** The answer's `requestId` field is the correlation id, the name clients and support already know. */
export function toErrorResponse(error: unknown, correlationId: string, actor?: Actor | null): Response {
  if (error instanceof AppError) {
    const headers = error instanceof TooManyRequests ? { "Retry-After": String(error.retryAfterSeconds) } : undefined;
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details }, requestId: correlationId }, { status: error.status, headers });
  }
  if (transactionCouldNotStart(error)) {
    // Every connection was busy for longer than the pool's wait (lib/db/open-database.ts): a
    // burst, not a fault of the request. Nothing was written; the client may simply try again.
    logger.warn({ correlationId, actorId: actor?.id }, "database busy: a transaction could not start in time");
    return NextResponse.json(
      { error: { code: "SERVER_BUSY", message: "The portal is busy right now. Nothing was changed; try again in a few seconds." }, requestId: correlationId },
      { status: 503, headers: { "Retry-After": String(BUSY_RETRY_AFTER_SECONDS) } },
    );
  }
  logger.error({ err: error, correlationId, actorId: actor?.id }, "unhandled error in route");
  return NextResponse.json({ error: { code: "INTERNAL", message: "Something went wrong. Quote this reference to support." }, requestId: correlationId }, { status: 500 });
}

function withHeaders(response: Response, correlationId: string): Response {
  response.headers.set("Cache-Control", "no-store");
  response.headers.set("x-request-id", correlationId);
  return response;
}
