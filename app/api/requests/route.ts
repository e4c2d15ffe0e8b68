import { NextResponse } from "next/server";
import { route } from "@/lib/http/route";
import { createRequestBody, listRequestsQuery } from "@/lib/requests/contracts";
import { createRequest } from "@/lib/requests/create-request";
import { listRequests } from "@/lib/requests/list-requests";

export const dynamic = "force-dynamic";

export const GET = route({ permission: "requests:read", query: listRequestsQuery }, ({ actor, query }) => listRequests(actor, query));

export const POST = route({ permission: "requests:upload", body: createRequestBody }, async (ctx) =>
  NextResponse.json(await createRequest(ctx, ctx.body), { status: 201 }),
);
