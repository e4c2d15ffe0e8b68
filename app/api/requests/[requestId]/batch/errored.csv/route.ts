import { batchRoute } from "@/lib/batches/batch-route";
import { downloadErroredCsv } from "@/lib/batches/download-errored-csv";

export const dynamic = "force-dynamic";

/** Every errored row as the template CSV plus error columns, streamed; audited. */
export const GET = batchRoute({ permission: "customer-data:export" }, ({ target, ...ctx }) => downloadErroredCsv(target, ctx));
