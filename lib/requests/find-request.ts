import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import { requestInclude } from "./to-request-dto";

/** Where-clause that limits requests to what the actor may see: their organization, or all for admins. */
export function requestScope(actor: Actor) {
  if (actor.permissions.has("requests:read-all-organizations")) return {};
  if (!actor.organizationId) return { id: "00000000-0000-0000-0000-000000000000" }; // matches nothing
  return { organizationId: actor.organizationId };
}

/**
 * Loads a request through the actor's scope. Another organization's request is answered exactly
 * like a missing one (404), so ids cannot be probed.
 */
export async function findRequestForActor(actor: Actor, requestId: string) {
  if (!z.uuid().safeParse(requestId).success) throw notFound("Request not found");
  const prisma = await db();
  const request = await prisma.migrationRequest.findFirst({ where: { id: requestId, ...requestScope(actor) }, include: requestInclude });
  if (!request) throw notFound("Request not found");
  return request;
}
