import { changeRolesBody, userParams } from "@/lib/admin/users/contracts";
import { changeUserRoles } from "@/lib/admin/users/change-user-roles";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const PUT = route({ permission: "admin:users", params: userParams, body: changeRolesBody }, (ctx) =>
  changeUserRoles(ctx, ctx.params.userId, ctx.body.roles),
);
