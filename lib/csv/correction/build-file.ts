import { createSHA256 } from "hash-wasm";
import { readBlob } from "../read-blob";
import { RecordReader } from "../record-reader";
import { TEMPLATE_COLUMNS, TEMPLATE_HEADER_LINE } from "../template-columns";
import { Utf8Decoder } from "../utf8-decoder";
import { isBlankRecord, isRepeatedHeader } from "../validate-row";
import type { CsvDelimiter } from "../validator-options";
import { toRfc4180Line } from "../write-csv";
import { hyphenatedEidFix } from "./bulk-fixes";
import type { KeptRow } from "./open-pass";

export type BuildInput = {
  readonly source: Blob;
  readonly delimiter: CsvDelimiter;
  /** Rows to fix in file order (rowId increasing). */
  readonly rows: readonly KeptRow[];
  readonly erroredColumns: number;
  /** The byte-order mark stays unless its fix was applied (never dropped silently). */
  readonly keepBom: boolean;
  /** The hyphenated-EID fix, applied to the rows that are not kept as they stream by. */
  readonly bareEids: boolean;
};

export type BuildOutput = { file: File; sha256: string; hyphensRemoved: number };

const FLUSH_CHARS = 64 * 1024;

/**
 * Streams the original again and writes the corrected file: the exact template header, every
 * data row (edited ones from the grid, excluded ones left out, an errored download's own
 * columns dropped), commas and CRLF, no blank or repeated-header lines. Hashes as it writes.
 */
export async function buildFile(input: BuildInput, fileName: string): Promise<BuildOutput> {
  const hasher = await createSHA256();
  hasher.init();
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let text = input.keepBom ? "\uFEFF" : "";
  const flush = () => {
    const bytes = encoder.encode(text);
    hasher.update(bytes);
    parts.push(bytes);
    text = "";
  };
  const write = (values: readonly string[]) => {
    text += toRfc4180Line(values);
    if (text.length >= FLUSH_CHARS) flush();
  };

  const width = TEMPLATE_COLUMNS.length;
  let headerSeen = false;
  let rowId = 0;
  let next = 0;
  let hyphensRemoved = 0;
  const onRecord = (fields: string[], line: number) => {
    if (!headerSeen) {
      headerSeen = true;
      text += `${TEMPLATE_HEADER_LINE}\r\n`;
      return;
    }
    const cells = input.erroredColumns > 0 && fields.length === width + input.erroredColumns ? fields.slice(0, width) : fields;
    if (isBlankRecord(cells) || isRepeatedHeader(cells)) return;
    const kept = input.rows[next];
    if (kept && kept.rowId === rowId) {
      // The file changed under the session (or a reader diverged): stop rather than misplace edits.
      if (kept.line !== line) throw new Error(`The file no longer matches what was opened (row ${rowId}).`);
      next++;
      rowId++;
      if (!kept.excluded) write(kept.touched ? kept.values : cells);
      return;
    }
    rowId++;
    const bare = input.bareEids && cells.length === width ? hyphenatedEidFix(cells[1]!) : null;
    if (bare !== null) {
      cells[1] = bare;
      hyphensRemoved++;
    }
    write(cells);
  };

  const reader = new RecordReader({
    record: onRecord,
    problem: (code, line) => {
      if (code === "QUOTE_UNTERMINATED" || code === "LINE_TOO_LONG") throw new Error(`The file cannot be read back (${code} on line ${line}).`);
    },
  }, input.delimiter);
  const decoder = new Utf8Decoder();
  const pushText = (t: string) => reader.push(t);
  for await (const chunk of readBlob(input.source)) {
    if (decoder.decode(chunk, pushText)) throw new Error("The file is not UTF-8.");
  }
  if (decoder.flush(pushText)) throw new Error("The file is not UTF-8.");
  reader.end();
  if (next !== input.rows.length) throw new Error("The file no longer matches what was opened (rows missing).");
  flush();
  return { file: new File(parts as BlobPart[], fileName, { type: "text/csv" }), sha256: hasher.digest("hex"), hyphensRemoved };
}
