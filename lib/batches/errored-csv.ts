// The "errored rows" download: the failed rows exactly as uploaded, in the template's own
// columns and order (so the user corrects this file and resubmits it), followed by why each
// row failed and the request it failed in (source_request: taken back as it is, the file
// links itself to its original). Pure; every cell goes through the formula-safe writer because the file is
// opened in spreadsheets.
import { toCsvLine } from "@/lib/csv/write-csv";
import { ERRORED_EXTRA_COLUMNS, TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import type { ErroredItem, ErroredPage } from "@/lib/digitization/client/model";

export const ERRORED_CSV_COLUMNS = [...TEMPLATE_COLUMNS, ...ERRORED_EXTRA_COLUMNS] as const;

/** RFC 4180 line ends, whatever the writer's own habit. */
function line(values: readonly string[]): string {
  const text = toCsvLine(values);
  return text.endsWith("\n") ? text : `${text}\r\n`;
}

export function erroredCsvHeader(): string {
  return line(ERRORED_CSV_COLUMNS);
}

/** One line per failed record (customer ids stay unique); several errors share a cell; `requestId` on every line. */
export function erroredCsvRow(item: ErroredItem, requestId: string): string {
  const input = TEMPLATE_COLUMNS.map((column) => item.inputData[column]);
  const codes = item.businessErrors.map((e) => e.error).join("; ");
  const messages = item.businessErrors.map((e) => e.message ?? e.error).join("; ");
  return line([...input, codes, messages, requestId]);
}

/**
 * Streams the CSV page by page: the next page is fetched only when the reader wants more,
 * so a large batch never sits in memory. A failure mid-way errors the stream (the download
 * fails visibly) rather than ending it early with a silently short file.
 */
export function erroredCsvStream(pages: AsyncGenerator<ErroredPage, { truncated: boolean } | void>, requestId: string): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(erroredCsvHeader()));
        return;
      }
      // A pull that enqueues nothing is not called again: skip empty pages here.
      for (;;) {
        const next = await pages.next();
        if (next.done) {
          if (next.value?.truncated) controller.error(new Error("errored rows exceed the download cap"));
          else controller.close();
          return;
        }
        const text = next.value.items.map((item) => erroredCsvRow(item, requestId)).join("");
        if (text) return controller.enqueue(encoder.encode(text));
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
