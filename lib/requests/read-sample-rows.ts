import "server-only";
import Papa from "papaparse";
import { maskEid } from "@/lib/batches/mask-eid";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { openDecrypted } from "@/lib/storage/stored-files";

const SAMPLE_ROWS = 10;
const HEAD_BYTES = 64 * 1024;

export type SampleRow = { row: number; values: Record<string, string> };

/** The first rows of a stored file for the approver's review, Emirates IDs masked. Reads only the head. */
export async function readSampleRows(storageKey: string): Promise<SampleRow[]> {
  const stream = await openDecrypted(storageKey);
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for await (const chunk of stream) {
      chunks.push(chunk as Buffer);
      length += (chunk as Buffer).length;
      if (length >= HEAD_BYTES) break;
    }
  } finally {
    stream.destroy();
  }
  const text = Buffer.concat(chunks).toString("utf8");
  // Drop a last line that may be cut mid-record, unless the whole file was read.
  const complete = length < HEAD_BYTES ? text : text.slice(0, text.lastIndexOf("\n") + 1);
  const parsed = Papa.parse<string[]>(complete, { skipEmptyLines: true });
  return parsed.data.slice(1, SAMPLE_ROWS + 1).map((fields, index) => ({
    row: index + 2,
    values: Object.fromEntries(
      TEMPLATE_COLUMNS.map((column, i) => [column, column === "eid_number" ? maskEid(fields[i]) ?? "" : fields[i] ?? ""]),
    ),
  }));
}
