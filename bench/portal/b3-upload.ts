import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Upload } from "tus-js-client";
import type { BenchPortal } from "../support/portal";
import { result, type Result } from "../support/results";
import { expectJson, type Session } from "../support/session";
import { MB, peakRss, resetPeakRss } from "../support/stats";
import type { TemplateFile } from "../support/template-files";

// The browser's chunk size (components/requests/upload/send-with-tus.ts).
const CHUNK_BYTES = 8 * 1024 * 1024;

export type Uploaded = { id: string; sha256: string };

async function sha256Of(path: string) {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

function tusUpload(session: Session, id: string, file: TemplateFile): Promise<void> {
  return new Promise((resolve, reject) => {
    new Upload(createReadStream(file.path), {
      endpoint: `${session.base}/api/uploads`,
      chunkSize: CHUNK_BYTES,
      uploadSize: file.bytes,
      headers: { cookie: session.cookie },
      metadata: { requestId: id, filename: "bench.csv" },
      onError: reject,
      onSuccess: () => resolve(),
    }).start();
  });
}

/** Declare, send with tus, verify: the browser's three steps, timed end to end, with the server's peak RSS. */
export async function uploadThrough(portal: BenchPortal, uploader: Session, file: TemplateFile): Promise<{ uploaded: Uploaded; results: Result[] }> {
  const sha256 = await sha256Of(file.path);
  const pid = await portal.pid();
  await resetPeakRss(pid);
  const t0 = performance.now();
  const { id } = await expectJson<{ id: string }>(uploader.send("POST", "/api/requests", { fileName: `bench-${file.rows}.csv`, fileSize: file.bytes, sha256 }), 201);
  await tusUpload(uploader, id, file);
  await expectJson(uploader.send("POST", `/api/requests/${id}/complete`));
  const seconds = (performance.now() - t0) / 1000;
  const peak = (await peakRss(pid)) / MB;
  const rows = `${file.rows / 1000}k rows, ${(file.bytes / MB).toFixed(0)} MB`;
  return {
    uploaded: { id, sha256 },
    results: [
      result("B3", `upload via tus + /complete, ${rows}`, portal.engine, { value: seconds, unit: "s" }, `${(file.bytes / MB / seconds).toFixed(1)} MB/s`),
      result("B3", "  server peak RSS during it", portal.engine, { value: peak, unit: "MB" }),
    ],
  };
}
