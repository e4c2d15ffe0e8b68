import { NextResponse } from "next/server";
import { createOrganizationBody } from "@/lib/admin/organizations/contracts";
import { createOrganization } from "@/lib/admin/organizations/create-organization";
import { listOrganizations } from "@/lib/admin/organizations/list-organizations";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "admin:organizations" }, () => listOrganizations());

export const POST = route({ permission: "admin:organizations", body: createOrganizationBody }, async (ctx) =>
  NextResponse.json(await createOrganization(ctx, ctx.body), { status: 201 }),
);
