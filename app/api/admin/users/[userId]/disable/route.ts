import { userParams } from "@/lib/admin/users/contracts";
import { disableUser } from "@/lib/admin/users/disable-user";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:users", params: userParams }, (ctx) => disableUser(ctx, ctx.params.userId));
