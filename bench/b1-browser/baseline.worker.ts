/// <reference lib="webworker" />
// The baseline of issue #6 in the browser: PapaParse (header: true, step per row) and a zod row
// schema, with the same duplicate checks; SHA-256 runs beside it in lib/csv/hash.worker.ts,
// exactly as for the real validator, so the ratio compares parsing and validating only.
// The row schema is shared with bench/csv/baseline-papa-zod.ts, its Node twin.
import Papa from "papaparse";
import { rowSchema } from "../csv/baseline-row-schema";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = ({ data }: MessageEvent<{ file: File }>) => {
  const customers = new Set<string>();
  const eids = new Set<string>();
  let rows = 0;
  let bad = 0;
  Papa.parse<Record<string, string>>(data.file, {
    header: true,
    skipEmptyLines: false,
    step: (r) => {
      rows++;
      const parsed = rowSchema.safeParse(r.data);
      if (!parsed.success) return void bad++;
      if (customers.has(parsed.data.customer_id)) bad++;
      customers.add(parsed.data.customer_id);
      if (eids.has(parsed.data.eid_number)) bad++;
      eids.add(parsed.data.eid_number);
    },
    complete: () => scope.postMessage({ rows, bad }),
    error: (e) => scope.postMessage({ error: e.message }),
  });
};
