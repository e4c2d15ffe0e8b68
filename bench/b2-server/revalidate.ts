// Child process of B2: what completeUpload does with a received file (stream it through the
// shared validator, SHA-256 included), alone in a fresh process so its peak RSS is its own.
// Prints one JSON line: { ms, peakRss, rows, sha256 }.
import { createReadStream } from "node:fs";
import { validateStream } from "../../lib/csv/validate-stream";

const file = process.argv[2];
if (!file) throw new Error("usage: revalidate.ts FILE");
const t0 = performance.now();
const report = await validateStream(createReadStream(file), { today: "2026-03-12" });
const ms = performance.now() - t0;
// maxRSS is in kilobytes: the process's peak resident memory, start-up included.
console.log(JSON.stringify({ ms, peakRss: process.resourceUsage().maxRSS * 1024, rows: report.rows, sha256: report.sha256 }));
