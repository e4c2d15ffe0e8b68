import { normalizeHeaderName } from "../check-header";
import { ERRORED_EXTRA_COLUMNS, TEMPLATE_COLUMNS } from "../template-columns";
import type { BusinessError } from "./correction-api";

/**
 * The errored-rows download (lib/batches/errored-csv.ts) taken back: the template's columns,
 * then error_code, error_message and (newer downloads) source_request. Returns how many of
 * those follow the template's columns in this header: 0 for any other file.
 */
export function erroredColumnsIn(header: readonly string[]): number {
  const extra = header.length - TEMPLATE_COLUMNS.length;
  if (extra < 2 || extra > ERRORED_EXTRA_COLUMNS.length) return 0;
  for (let i = 0; i < extra; i++) {
    if (normalizeHeaderName(header[TEMPLATE_COLUMNS.length + i]!) !== ERRORED_EXTRA_COLUMNS[i]) return 0;
  }
  return extra;
}

/** A row's business errors: codes joined by "; " (as the download writes them), messages alike. */
export function businessErrorsOf(extra: readonly string[]): BusinessError[] {
  const codes = splitList(extra[0] ?? "");
  const messages = splitList(extra[1] ?? "");
  // A message holding "; " itself would misalign the lists: then every code gets the whole text.
  const aligned = messages.length === codes.length;
  return codes.map((code, i) => ({ code, message: aligned ? messages[i]! : (extra[1] ?? "").trim() }));
}

function splitList(text: string): string[] {
  return text.split("; ").map((s) => s.trim()).filter((s) => s !== "");
}
