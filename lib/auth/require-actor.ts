import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/write-audit";
import { clientIp } from "@/lib/http/client-ip";
import { getActor, type Actor } from "./current-actor";
import type { Permission } from "./permissions";

/** For pages: the signed-in user, or a redirect to /login; a 403 page without the permission. */
export async function requireActor(permission?: Permission): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (actor.mustChangePassword && permission && permission !== "account:password") redirect("/account/password");
  if (permission && !actor.permissions.has(permission)) {
    const h = await headers();
    await recordAudit({
      action: "access.denied", outcome: "DENIED", actorId: actor.id, actorEmail: actor.email,
      organizationId: actor.organizationId, clientAddress: clientIp(h), details: { permission },
    });
    forbidden();
  }
  return actor;
}
