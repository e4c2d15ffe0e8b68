import { route } from "@/lib/http/route";
import type { AwaitingCountResponse } from "@/lib/requests/contracts";
import { countAwaitingApproval } from "@/lib/requests/list-requests";

export const dynamic = "force-dynamic";

/** The sidebar's "Awaiting my approval" count: 0 for anyone who approves nothing. */
export const GET = route({ permission: "requests:read" }, async ({ actor }): Promise<AwaitingCountResponse> => ({ count: await countAwaitingApproval(actor) }));
