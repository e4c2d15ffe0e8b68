import { NextResponse } from "next/server";
import { apiKeyParams } from "@/lib/api-keys/contracts";
import { rotateApiKey } from "@/lib/api-keys/rotate-api-key";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const POST = route({ permission: "admin:api-keys", params: apiKeyParams }, async (ctx) =>
  NextResponse.json(await rotateApiKey(ctx, ctx.params.keyId), { status: 201 }),
);
