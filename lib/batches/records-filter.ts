// Whether an upstream records page really applied the filters asked for. Pure.
import type { BatchRecord } from "@/lib/digitization/client/model";
import type { RecordsQuery } from "./contracts";

export function filtersHonoured(records: BatchRecord[], q: Pick<RecordsQuery, "status" | "customerId">): boolean {
  return records.every(
    (r) => (!q.status || r.status === q.status) && (!q.customerId || r.customerId === q.customerId),
  );
}
