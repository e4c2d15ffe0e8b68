// Reads an uploaded CSV as it streams in: hashes every byte, decodes strict UTF-8, parses
// RFC 4180 records (lib/csv's RecordReader) and hands data rows to `sink` in batches, so a
// 150 MB file never sits in memory. A run-level problem stops parsing but not hashing: the
// digest must still cover the whole body for the x-content-sha256 check.
import { createHash } from "node:crypto";
import { RecordReader } from "@/lib/csv/record-reader";
import { RULES, type RuleCode } from "@/lib/csv/rule-catalogue";
import { SNIFF_BYTES, sniffContainer } from "@/lib/csv/sniff-container";
import { TEMPLATE_COLUMNS, TEMPLATE_HEADER_LINE } from "@/lib/csv/template-columns";
import { SandboxApiError } from "@/lib/sandbox/http/api-error";
import { runError, type RunError } from "./run-error";

export type ReceivedFile = { sha256: string; byteSize: number; rowCount: number; runError: RunError | null };
export type RowSink = (rows: string[][]) => Promise<void>;
export type ReceiveLimits = { maxBytes: number; flushRows: number };

const FILE_FATAL = new Set<RuleCode>(["QUOTE_UNTERMINATED", "LINE_TOO_LONG"]);

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
  let head: Uint8Array[] | null = [];
  let rows: string[][] = [];
  const fail = (e: RunError) => {
    problem ??= e;
    reader.stop();
    rows = [];
  };
  const reader = new RecordReader({
    record(fields) {
      if (fields.length === 1 && fields[0] === "") return; // blank line
      if (header) {
        rows.push(fields);
        rowCount++;
      } else {
        header = true;
        const bad = headerProblem(fields);
        if (bad) fail(bad);
      }
    },
    problem(code, line) {
      if (FILE_FATAL.has(code)) fail(runError("INVALID_FILE_FORMAT", `${RULES[code].message} (line ${line})`));
    },
  });
  const feed = (bytes: Uint8Array, final: boolean) => {
    if (problem) return;
    if (bytes.includes(0)) return fail(runError("INVALID_FILE_FORMAT", RULES.FILE_BINARY.message));
    try {
      reader.push(decoder.decode(bytes, { stream: !final }));
    } catch {
      fail(runError("INVALID_FILE_FORMAT", RULES.ENCODING_INVALID_UTF8.message));
    }
  };
  const sniff = (final: boolean) => {
    const bytes = Buffer.concat(head ?? []);
    head = null;
    const verdict = sniffContainer(bytes).fatal;
    if (verdict && verdict.code !== "EMPTY_FILE") fail(runError("INVALID_FILE_FORMAT", verdict.message ?? RULES[verdict.code].message));
    feed(bytes, final);
  };

  for await (const chunk of source) {
    hash.update(chunk);
    byteSize += chunk.length;
    if (byteSize > limits.maxBytes) {
      throw new SandboxApiError(413, "PAYLOAD_TOO_LARGE", `The file is larger than ${limits.maxBytes} bytes`, "file");
    }
    if (head) {
      head.push(chunk);
      if (byteSize >= SNIFF_BYTES) sniff(false);
    } else feed(chunk, false);
    if (rows.length >= limits.flushRows) await sink(rows.splice(0));
  }
  if (head) sniff(true);
  else feed(new Uint8Array(0), true);
  if (!problem) reader.end();
  if (rows.length) await sink(rows.splice(0));
  if (!problem && !header) problem = runError("EMPTY_FILE", RULES.EMPTY_FILE.message);
  if (!problem && rowCount === 0) problem = runError("EMPTY_FILE", RULES.NO_DATA_ROWS.message);
  return { sha256: hash.digest("hex"), byteSize, rowCount: problem ? 0 : rowCount, runError: problem };
}
