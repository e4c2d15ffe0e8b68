import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Who am I: the signed-in user's own profile and permissions. */
export const GET = route({ permission: "requests:read" }, async ({ actor }) => ({
  id: actor.id,
  email: actor.email,
  name: actor.name,
  roles: actor.roles,
  organizationName: actor.organizationName,
  permissions: [...actor.permissions],
}));
