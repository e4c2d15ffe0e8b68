import { listOwnApiKeys } from "@/lib/api-keys/list-api-keys";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** An approver's read-only view of their organization's keys; the organization comes from the session only. */
export const GET = route({ permission: "api-keys:read-own" }, ({ actor }) => listOwnApiKeys(actor));
