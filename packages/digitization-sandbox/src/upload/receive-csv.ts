// Reads an uploaded CSV as it streams in: hashes every byte, decodes strict UTF-8, parses
// RFC 4180 records (csv/record-reader.ts) and hands data rows to `sink` in batches, so a
// 150 MB file never sits in memory. A run-level problem stops parsing but not hashing: the
// digest must still cover the whole body for the x-content-sha256 check.
import { createHash } from "node:crypto";
import { CsvRecordReader } from "../csv/record-reader";
import { TEMPLATE_COLUMNS, TEMPLATE_HEADER_LINE } from "../csv/template";
import { SandboxApiError } from "../http/api-error";
import { runError, type RunError } from "./run-error";

export type ReceivedFile = { sha256: string; byteSize: number; rowCount: number; runError: RunError | null };
export type RowSink = (rows: string[][]) => Promise<void>;
export type ReceiveLimits = { maxBytes: number; flushRows: number };

const NOT_TEXT = "The file is not a UTF-8 text file (CSV)";
/** Containers people save instead of a CSV: a workbook (zip), a PDF, gzip. */
const CONTAINER_MAGIC = [Buffer.from("PK\x03\x04", "latin1"), Buffer.from("%PDF-"), Buffer.from([0x1f, 0x8b])];

function headerProblem(fields: string[]): RunError | null {
  if (fields.length === TEMPLATE_COLUMNS.length && fields.every((f, i) => f === TEMPLATE_COLUMNS[i])) return null;
  const bom = fields[0]?.startsWith("\uFEFF") ? " The file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM." : "";
  return runError("HEADER_MISMATCH", `The header line does not match the EID template (${TEMPLATE_HEADER_LINE}).${bom}`);
}

export async function receiveCsv(source: AsyncIterable<Uint8Array>, sink: RowSink, limits: ReceiveLimits): Promise<ReceivedFile> {
  const hash = createHash("sha256");
  // ignoreBOM keeps a BOM in the text, so it fails the header check as on the real platform.
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let byteSize = 0;
  let rowCount = 0;
  let header = false;
  let problem: RunError | null = null;
  let rows: string[][] = [];
  const fail = (e: RunError) => {
    problem ??= e;
    reader.stop();
    rows = [];
  };
  const reader = new CsvRecordReader(
    (fields) => {
      if (fields.length === 1 && fields[0] === "") return; // blank line
      if (header) {
        rows.push(fields);
        rowCount++;
        return;
      }
      header = true;
      const bad = headerProblem(fields);
      if (bad) fail(bad);
    },
    (code) => fail(runError("INVALID_FILE_FORMAT", code === "QUOTE_UNTERMINATED" ? "A quoted value is never closed" : "A line is longer than 1 MiB")),
  );
  const feed = (bytes: Uint8Array, final: boolean) => {
    if (problem) return;
    if (bytes.includes(0)) return fail(runError("INVALID_FILE_FORMAT", `${NOT_TEXT}: it contains NUL bytes`));
    try {
      reader.push(decoder.decode(bytes, { stream: !final }));
    } catch {
      fail(runError("INVALID_FILE_FORMAT", `${NOT_TEXT}: it is not valid UTF-8`));
    }
  };

  // One batch of rows is written while the next is parsed: the database and this process
  // work at once. The write in flight is always awaited before the next one or the end.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const batch = rows.splice(0);
    await writing;
    writing = sink(batch);
    writing.catch(() => undefined); // awaited (and rethrown) at the next flush or the end
  };

  for await (const chunk of source) {
    hash.update(chunk);
    if (byteSize === 0 && CONTAINER_MAGIC.some((magic) => Buffer.from(chunk.subarray(0, magic.length)).equals(magic))) {
      fail(runError("INVALID_FILE_FORMAT", `${NOT_TEXT}: it is a workbook, PDF or compressed file`));
    }
    byteSize += chunk.length;
    if (byteSize > limits.maxBytes) {
      throw new SandboxApiError(413, "PAYLOAD_TOO_LARGE", `The file is larger than ${limits.maxBytes} bytes`, "file");
    }
    feed(chunk, false);
    if (rows.length >= limits.flushRows) await flush();
  }
  feed(new Uint8Array(0), true);
  if (!problem) reader.end();
  if (rows.length) await flush();
  await writing;
  if (!problem && !header) problem = runError("EMPTY_FILE", "The file is empty");
  if (!problem && rowCount === 0) problem = runError("EMPTY_FILE", "The file has a header but no customer rows");
  return { sha256: hash.digest("hex"), byteSize, rowCount: problem ? 0 : rowCount, runError: problem };
}
