import Papa from "papaparse";
import { createSHA256 } from "hash-wasm";
import { createHash } from "node:crypto";
function luhnDigit(s: string) { let sum = 0; for (let i = 0; i < s.length; i++) { let d = s.charCodeAt(s.length - 1 - i) - 48; if (i % 2 === 0) { d *= 2; if (d > 9) d -= 9; } sum += d; } return (10 - (sum % 10)) % 10; }
const lines = ["customer_id,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob"];
for (let i = 0; i < 1_000_000; i++) {
  const base = "7841990" + String(i).padStart(7, "0");
  lines.push(`${100000 + i},${base}${luhnDigit(base)},12/03/2025,Ver_2.1,Mohammed Abdullah Al Mansoori ${i % 97},01/01/2024,01/01/2029,27/07/1990`);
}
const text = lines.join("\n") + "\n";
const bytes = new TextEncoder().encode(text);
console.log("MB", bytes.length / 1e6);
const CH = 65536;
let t = performance.now();
const h = await createSHA256(); h.init();
for (let o = 0; o < bytes.length; o += CH) h.update(bytes.subarray(o, o + CH));
console.log("hash-wasm", h.digest(), (performance.now() - t).toFixed(0), "ms");
t = performance.now();
const nh = createHash("sha256"); nh.update(bytes); console.log("node", nh.digest("hex"), (performance.now() - t).toFixed(0));
t = performance.now();
const dec = new TextDecoder("utf-8", { fatal: true }); let n = 0;
for (let o = 0; o < bytes.length; o += CH) n += dec.decode(bytes.subarray(o, o + CH), { stream: true }).length;
console.log("decode", (performance.now() - t).toFixed(0), n);
for (const CS of [65536, 1 << 20]) {
  t = performance.now();
  const parser = new Papa.Parser({ delimiter: ",", newline: "\n" } as any);
  let partial = ""; let rows = 0; let base = 0;
  for (let o = 0; o < text.length; o += CS) {
    const agg = partial + text.slice(o, o + CS);
    const r = parser.parse(agg, 0, true);
    rows += r.data.length;
    partial = agg.substring(r.meta.cursor);
  }
  console.log("papa", CS, (performance.now() - t).toFixed(0), rows);
}
