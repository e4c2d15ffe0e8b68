import { batchRoute } from "@/lib/batches/batch-route";
import { customerBody } from "@/lib/batches/contracts";
import { readCustomer } from "@/lib/batches/read-customer";

export const dynamic = "force-dynamic";

// POST, not GET: the customer id stays out of URLs and so out of access logs.
/** A customer's digitised profile with the Emirates ID masked, or a failed record's errors. */
export const POST = batchRoute({ permission: "customer-data:read", body: customerBody }, ({ target, body }) => readCustomer(target, body.customerId));
