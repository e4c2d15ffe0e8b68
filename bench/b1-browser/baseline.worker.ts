/// <reference lib="webworker" />
// The baseline of issue #6 in the browser: PapaParse (header: true, step per row) and a zod row
// schema, with the same duplicate checks; SHA-256 runs beside it in lib/csv/hash.worker.ts,
// exactly as for the real validator, so the ratio compares parsing and validating only.
// The schema mirrors bench/csv/baseline-papa-zod.ts (its Node twin, which reads a Node stream).
import Papa from "papaparse";
import { z } from "zod";
import { luhnValid } from "../../lib/csv/check-eid";

const ddmmyyyy = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/).refine((s) => {
  const [d, m, y] = s.split("/").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}, "invalid date");
const plainText = z.string().min(1).refine((s) => !/^[=+\-@\t\r]/.test(s) && !/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(s) && !/<[a-z/!?]/i.test(s));
const rowSchema = z.object({
  customer_id: plainText,
  eid_number: z.string().transform((s) => s.replaceAll("-", "")).pipe(z.string().regex(/^784\d{12}$/).refine(luhnValid, "checksum")),
  onboarding_date: ddmmyyyy,
  consent_version: plainText,
  name_on_eid: plainText,
  eid_issue_date: ddmmyyyy,
  eid_expiry_date: ddmmyyyy,
  dob: ddmmyyyy,
});

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
