import { route } from "@/lib/http/route";
import { requestIdParams } from "@/lib/requests/contracts";
import { findRequestForActor } from "@/lib/requests/find-request";
import { readSampleRows } from "@/lib/requests/read-sample-rows";

export const dynamic = "force-dynamic";

/** The first rows of the stored file, Emirates IDs masked, for the approver's review. */
export const GET = route({ permission: "customer-data:read", params: requestIdParams }, async ({ actor, params }) => {
  const request = await findRequestForActor(actor, params.requestId);
  return { rows: request.storageKey ? await readSampleRows(request.storageKey) : [] };
});
