import { setPasswordBody, userParams } from "@/lib/admin/users/contracts";
import { setOneTimePassword } from "@/lib/admin/users/set-one-time-password";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Sets a one-time password the user must replace at their next sign-in. */
export const POST = route({ permission: "admin:users", params: userParams, body: setPasswordBody }, (ctx) =>
  setOneTimePassword(ctx, ctx.params.userId, ctx.body.password),
);
