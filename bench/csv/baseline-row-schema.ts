// The zod row schema of the baseline the validator must beat 2x (issue #6), shared by the Node
// baseline (baseline-papa-zod.ts) and the browser one (bench/b1-browser/baseline.worker.ts).
import { z } from "zod";
import { luhnValid } from "../../lib/csv/check-eid";

const ddmmyyyy = z.string().regex(/^\d{2}\/\d{2}\/\d{4}$/).refine((s) => {
  const [d, m, y] = s.split("/").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}, "invalid date");
const plainText = z.string().min(1).refine((s) => !/^[=+\-@\t\r]/.test(s) && !/[\u0000-\u001f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/.test(s) && !/<[a-z/!?]/i.test(s));

export const rowSchema = z.object({
  customer_id: plainText,
  eid_number: z.string().transform((s) => s.replaceAll("-", "")).pipe(z.string().regex(/^784\d{12}$/).refine(luhnValid, "checksum")),
  onboarding_date: ddmmyyyy,
  consent_version: plainText,
  name_on_eid: plainText,
  eid_issue_date: ddmmyyyy,
  eid_expiry_date: ddmmyyyy,
  dob: ddmmyyyy,
});
