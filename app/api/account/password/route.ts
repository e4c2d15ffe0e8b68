import { changeOwnPasswordBody } from "@/lib/admin/account/contracts";
import { changeOwnPassword } from "@/lib/admin/account/change-own-password";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Replaces the signed-in user's password and ends all their sessions, this one included. */
export const POST = route({ permission: "account:password", body: changeOwnPasswordBody }, async (ctx) => {
  await changeOwnPassword(ctx, ctx.body);
  return { signedOut: true };
});
