import type { BuiltFile, GridRow } from "@/lib/csv/correction/correction-api";
import type { ValidationReport } from "@/lib/csv/validation-report";
import type { CorrectionBody } from "@/lib/requests/contracts";

/** A file the container or encoding checks refused cannot be read as rows, so it cannot be fixed in a grid. */
const UNREADABLE = /^(FILE_|ENCODING_|EMPTY_FILE)/;

/** Whether "Fix in the browser" is offered for a checked file: it has errors, and they are in rows the grid can show. */
export function canFixInBrowser(report: Pick<ValidationReport, "blocking" | "fileError">): boolean {
  return report.blocking && !(report.fileError && UNREADABLE.test(report.fileError.code));
}

// The decisions of a correction that are not drawing: the corrected file's name, which request
// an errored-rows download corrects, what the upload tells the server, and the running counts.
// Pure, tested beside.

/** "customers.csv" → "customers (corrected).csv"; correcting a corrected file does not stack. */
export function correctedFileName(original: string): string {
  const base = original.replace(/\.csv$/i, "").replace(/ \(corrected\)$/, "");
  return `${base} (corrected).csv`;
}

export type DownloadLink = { kind: "link"; id: string } | { kind: "unlinked" } | { kind: "mismatch" };

/**
 * Which request a taken-back errored-rows download corrects: its own source_request, or the
 * request the dialog was opened to correct. When both are known they must agree.
 */
export function erroredDownloadLink(sourceRequestId: string | null, resubmissionOfId: string | undefined): DownloadLink {
  if (sourceRequestId && resubmissionOfId && sourceRequestId !== resubmissionOfId) return { kind: "mismatch" };
  const id = resubmissionOfId ?? sourceRequestId;
  return id ? { kind: "link", id } : { kind: "unlinked" };
}

/** What the upload tells the server about the correction: counts and codes, never a value. */
export function correctionBody(built: Pick<BuiltFile, "cellsChanged" | "rowsExcluded" | "parentCodes">, source: CorrectionBody["source"], linked: boolean): CorrectionBody {
  const hasCodes = Object.keys(built.parentCodes).length > 0;
  return {
    source,
    cellsChanged: built.cellsChanged,
    rowsExcluded: built.rowsExcluded,
    // The original's codes mean something only beside the link to the original.
    ...(linked && hasCodes ? { parentCodes: built.parentCodes } : {}),
  };
}

/**
 * The counts the grid shows while editing: cells changed by hand (a cell edited back to its
 * original value no longer counts), cells changed by one-click fixes, rows excluded. The
 * engine's own counts, returned with the rebuilt file, are the ones uploaded.
 */
export type Tally = { readonly edited: ReadonlySet<string>; readonly fixedCells: number; readonly excluded: ReadonlySet<number> };

export const EMPTY_TALLY: Tally = { edited: new Set(), fixedCells: 0, excluded: new Set() };

export function tallyEdit(tally: Tally, row: GridRow, column: number): Tally {
  const key = `${row.rowId}:${column}`;
  const edited = new Set(tally.edited);
  if (row.values[column] !== row.original[column]) edited.add(key);
  else edited.delete(key);
  return { ...tally, edited };
}

export function tallyExclude(tally: Tally, row: GridRow): Tally {
  const excluded = new Set(tally.excluded);
  if (row.excluded) excluded.add(row.rowId);
  else excluded.delete(row.rowId);
  return { ...tally, excluded };
}

export function tallyFix(tally: Tally, changedCells: number): Tally {
  return { ...tally, fixedCells: tally.fixedCells + changedCells };
}

export function tallyCounts(tally: Tally): { cellsChanged: number; rowsExcluded: number } {
  return { cellsChanged: tally.edited.size + tally.fixedCells, rowsExcluded: tally.excluded.size };
}
