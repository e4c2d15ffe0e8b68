import { batchRoute } from "@/lib/batches/batch-route";
import { revealBody } from "@/lib/batches/contracts";
import { revealCustomerEid } from "@/lib/batches/reveal-customer-eid";

export const dynamic = "force-dynamic";

/** The unmasked Emirates ID (RevealDto): approvers only, audited; denials audited by route(). */
export const POST = batchRoute({ permission: "personal-data:reveal", body: revealBody }, ({ target, body, ...ctx }) =>
  revealCustomerEid(target, body, ctx),
);
