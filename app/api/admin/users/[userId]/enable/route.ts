import { userParams } from "@/lib/admin/users/contracts";
import { enableUser } from "@/lib/admin/users/enable-user";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:users", params: userParams }, (ctx) => enableUser(ctx, ctx.params.userId));
