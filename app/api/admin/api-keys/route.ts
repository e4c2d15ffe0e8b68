import { NextResponse } from "next/server";
import { generateApiKeyBody, listApiKeysQuery } from "@/lib/api-keys/contracts";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "admin:api-keys", query: listApiKeysQuery }, ({ query }) => listApiKeys(query));

/** The only response, with rotation's, that ever carries a key in full. */
export const POST = route({ permission: "admin:api-keys", body: generateApiKeyBody }, async (ctx) =>
  NextResponse.json(await issueApiKey(ctx, ctx.body.organizationId), { status: 201 }),
);
