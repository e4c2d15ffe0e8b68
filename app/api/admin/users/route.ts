import { NextResponse } from "next/server";
import { createUserBody, listUsersQuery } from "@/lib/admin/users/contracts";
import { createUser } from "@/lib/admin/users/create-user";
import { listUsers } from "@/lib/admin/users/list-users";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "admin:users", query: listUsersQuery }, ({ actor, query }) => listUsers(actor, query));

export const POST = route({ permission: "admin:users", body: createUserBody }, async (ctx) =>
  NextResponse.json(await createUser(ctx, ctx.body), { status: 201 }),
);
