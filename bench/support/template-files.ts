import { createWriteStream } from "node:fs";
import { mkdir, rename, stat } from "node:fs/promises";
import path from "node:path";
import { generateCsvChunks } from "../csv/generate";

export const FILES_DIR = path.resolve("bench/out/files");

export type TemplateFile = { path: string; bytes: number; rows: number };

/**
 * The EID template with `rows` rows from bench/csv/generate.ts. `mixed`: its default mix (2 %
 * rows with blocking errors of many kinds, 3 % expired cards), what the browser validates.
 * `clean`: no blocking errors, what an uploader sends after fixing the report (the server
 * refuses the mixed file). `tenth-bad`: 10 % rows with blocking errors, what B9 corrects in the
 * grid (100,000 rows to fix at 1M). Deterministic, so a file already written is reused.
 */
const BAD_RATE = { mixed: undefined, clean: 0, "tenth-bad": 0.1 } as const;

export async function templateFile(rows: number, kind: keyof typeof BAD_RATE = "mixed"): Promise<TemplateFile> {
  const file = path.join(FILES_DIR, `eid-template-${rows}-${kind}.csv`);
  const existing = await stat(file).catch(() => null);
  if (existing) return { path: file, bytes: existing.size, rows };
  await mkdir(FILES_DIR, { recursive: true });
  const out = createWriteStream(`${file}.tmp`);
  let bytes = 0;
  const badRate = BAD_RATE[kind];
  for (const chunk of generateCsvChunks({ rows, ...(badRate === undefined ? {} : { badRate }) })) {
    bytes += chunk.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  await rename(`${file}.tmp`, file);
  return { path: file, bytes, rows };
}
