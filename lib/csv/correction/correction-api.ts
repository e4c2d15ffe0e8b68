/**
 * The correction engine's interface (#15): what the grid (page) asks of the correction worker
 * through comlink. Types only, so the page can import it without pulling the engine into its
 * bundle. Row values never leave the page and its worker: nothing here is logged or posted.
 */
import type { RuleCode } from "../rule-catalogue";
import type { ValidationReport } from "../validation-report";

/** One template issue of a row's current values; column is the template column index, null for the row as a whole. */
export type CellIssue = { column: number | null; code: RuleCode; severity: "error" | "warning" };

/** A business error the API returned for the record, read from an errored download's columns (informational). */
export type BusinessError = { code: string; message: string };

export type GridRow = {
  /** Stable id: the 0-based data row of the source file. */
  rowId: number;
  /** The file's line number, as the validation report shows it. */
  line: number;
  /** The 8 template cells as currently edited. */
  values: readonly string[];
  /**
   * The row's fields as in the file: 8 template cells, or another count when the row has
   * ROW_FIELD_COUNT (values then holds the first 8, padded with ""; the first edit makes the
   * row those 8 cells).
   */
  original: readonly string[];
  /** Template rule issues of the current values (including duplicate keys). */
  issues: readonly CellIssue[];
  /** From an errored download's columns; [] otherwise. */
  businessErrors: readonly BusinessError[];
  excluded: boolean;
};

export type BulkFixKind = "iso-dates" | "hyphenated-eid" | "surrounding-spaces" | "byte-order-mark" | "delimiter";

/** A repair the grid may offer: cells it would change (1 for file-level fixes). The UI asks before applying. */
export type BulkFixOffer = { kind: BulkFixKind; cells: number };

export type OpenedFile = {
  totalRows: number;
  /** Rows with issues or business errors now (a row fixed in the grid stops counting; it stays listed under "to-fix"). */
  rowsToFix: number;
  /**
   * Blocking issues still present (excluded rows don't count). File-level findings the rebuild
   * repairs by itself (line endings, a misspelt header, blank or repeated-header lines) don't
   * count; a byte-order mark counts until its fix is applied; a fatal one (wrong delimiter
   * before its fix, unreadable file) counts and makes build() throw.
   */
  errorsLeft: number;
  /** File-level issues the grid cannot show in a row, each code once (column null). */
  fileIssues: readonly CellIssue[];
  /** As the rebuilt file will count them: cells that differ from the file's (rows excluded aside), and rows excluded. */
  cellsChanged: number;
  rowsExcluded: number;
  /** Repairs of the file itself applied so far (its byte-order mark removed, its delimiter switched to commas): no cell, but work the rebuilt file keeps. */
  fileFixes: number;
  /** Only unambiguous repairs; a scientific-notation EID is never offered. */
  fixes: readonly BulkFixOffer[];
  /** The errored download's own columns, recognized (dropped from the rebuilt file). */
  droppedColumns: readonly string[];
  /** Their source_request, when all rows agree; null otherwise. */
  sourceRequestId: string | null;
};

/**
 * "to-fix": every row kept at open (issues, warnings, repeats, or an errored download's rows),
 * in file order, fixed and excluded ones included; "errors": those not excluded with an error;
 * "excluded": the excluded ones. limit ≤ 1000.
 *
 * `view`: the grid's number for what it shows now. A filter's rows are listed once per view, so
 * a row fixed, excluded or taken back keeps its place (and the rows after it theirs) until the
 * grid asks for a new view; the row itself always reads as it is now.
 */
export type RowsQuery = { offset: number; limit: number; filter: "to-fix" | "errors" | "excluded"; view: number };

export type BuiltFile = {
  file: File;
  sha256: string;
  cellsChanged: number;
  rowsExcluded: number;
  /** Histogram of the original's business codes over the rows the file carries. */
  parentCodes: Record<string, number>;
};

export interface CorrectionSession {
  /**
   * Checks the file with the upload dialog's rules (the same pass, so the dialog's check is this
   * call: see report()) and keeps its rows to fix. onProgress must be wrapped in comlink's proxy().
   */
  open(file: Blob, today: string, onProgress?: (bytes: number, total: number) => void): Promise<OpenedFile>;
  /**
   * The check's report from open() (or from the reopen of a delimiter fix), as validateInWorker
   * gives it, sha256 included (hashed in the same pass). For an errored download the header is
   * judged without its own columns.
   */
  report(): Promise<ValidationReport>;
  rows(q: RowsQuery): Promise<{ total: number; rows: GridRow[] }>;
  /** Re-checked by the same rule engine as the file check (validate-row + duplicate keys). rowId: a row rows() listed; column 0-7. */
  edit(rowId: number, column: number, value: string): Promise<{ row: GridRow; opened: OpenedFile }>;
  exclude(rowId: number, excluded: boolean): Promise<{ row: GridRow; opened: OpenedFile }>;
  applyFix(kind: BulkFixKind): Promise<{ changedCells: number; opened: OpenedFile }>;
  build(fileName: string): Promise<BuiltFile>;
}
