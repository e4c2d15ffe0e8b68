import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { notFound } from "@/lib/http/errors";
import { requestInclude } from "./to-request-dto";

/** Whose requests the actor may see: every organization's (admins), one organization's, or none. */
function visibleOrganization(actor: Actor): "all" | "none" | string {
  if (actor.permissions.has("requests:read-all-organizations")) return "all";
  return actor.organizationId ?? "none";
}

/** Where-clause that limits requests to what the actor may see: their organization, or all for admins. */
export function requestScope(actor: Actor) {
  const visible = visibleOrganization(actor);
  if (visible === "all") return {};
  if (visible === "none") return { id: "00000000-0000-0000-0000-000000000000" }; // matches nothing
  return { organizationId: visible };
}

/** The same scope as a test of one request's organization, for a request read by id alone. */
export function mayReadRequestOf(actor: Actor, organizationId: string): boolean {
  const visible = visibleOrganization(actor);
  return visible === "all" || visible === organizationId;
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
