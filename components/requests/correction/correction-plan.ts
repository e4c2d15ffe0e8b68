import type { BuiltFile } from "@/lib/csv/correction/correction-api";
import type { ValidationReport } from "@/lib/csv/validation-report";
import type { CorrectionBody } from "@/lib/requests/contracts";

/** A file the container or encoding checks refused cannot be read as rows, so it cannot be fixed in a grid. */
const UNREADABLE = /^(FILE_|ENCODING_|EMPTY_FILE)/;

/** Whether "Fix in the browser" is offered for a checked file: it has errors, and they are in rows the grid can show. */
export function canFixInBrowser(report: Pick<ValidationReport, "blocking" | "fileError">): boolean {
  return report.blocking && !(report.fileError && UNREADABLE.test(report.fileError.code));
}

// The decisions of a correction that are not drawing: the corrected file's name, which request
// an errored-rows download corrects, and what the upload tells the server.
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
