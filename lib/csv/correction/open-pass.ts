import { normalizeHeaderName } from "../check-header";
import { createValidator, type CsvDelimiter, type ValidationObserver } from "../create-validator";
import { detachString } from "../detach-string";
import { readBlob } from "../read-blob";
import { PROGRESS_INTERVAL_MS } from "../run-validation-job";
import { RULES, type RuleCode } from "../rule-catalogue";
import { ERRORED_EXTRA_COLUMNS, TEMPLATE_COLUMNS, type TemplateColumn } from "../template-columns";
import type { ValidationReport } from "../validation-report";
import { hyphenatedEidFix } from "./bulk-fixes";
import type { BusinessError, CellIssue } from "./correction-api";
import { businessErrorsOf, erroredColumnsIn } from "./errored-download";
import { KeyIndex, type Key } from "./key-index";
import { REPEAT_CODES, cellIssue } from "./row-check";

/** A row to fix, held in the worker: the only rows the engine keeps. */
export type KeptRow = {
  /** Its place among the rows to fix (file order): how the key index names it. */
  readonly at: number;
  readonly rowId: number;
  readonly line: number;
  /** As in the file (the template's part of an errored download's row). */
  readonly fields: readonly string[];
  values: string[];
  /** Edited or repaired: the rebuilt file writes values instead of fields. */
  touched: boolean;
  /** Template issues of the current values, repeats left out (the key index judges those). */
  issues: CellIssue[];
  eid: Key | null;
  customerId: Key | null;
  readonly businessErrors: readonly BusinessError[];
  excluded: boolean;
};

/** What one pass over the file leaves: the check's report and everything the grid needs. */
export type OpenedState = {
  readonly report: ValidationReport;
  readonly delimiter: CsvDelimiter;
  /** Data rows in the file (the report's rows). */
  readonly totalRows: number;
  readonly rows: KeptRow[];
  readonly index: KeyIndex;
  /** File-level findings, each code once. */
  readonly fileIssues: CellIssue[];
  readonly erroredColumns: number;
  readonly sourceRequestId: string | null;
  readonly bom: boolean;
  /** A `;` or tab header the template's names fit exactly: the delimiter fix reopens with it. */
  readonly otherDelimiter: CsvDelimiter | null;
  /** Valid hyphenated Emirates IDs in rows that are not kept (the hyphen fix rewrites them in the rebuild). */
  readonly hyphenatedElsewhere: number;
};

/**
 * Findings that belong to the file rather than to a row the grid shows. The rebuild writes the
 * exact header, CRLF line ends and no blank or repeated-header lines (see build-file.ts).
 */
const FILE_LEVEL: ReadonlySet<RuleCode> = new Set<RuleCode>([
  "BOM", "LINE_ENDINGS_CR", "LINE_ENDINGS_MIXED", "NO_DATA_ROWS", "HEADER_MISMATCH", "HEADER_REPEATED", "BLANK_ROW",
]);
const NO_ERRORS: readonly BusinessError[] = [];
const NO_ISSUES: CellIssue[] = [];

/** Runs the upload dialog's check over the file and keeps its rows to fix (one pass). */
export async function openPass(
  blob: Blob, today: string, delimiter: CsvDelimiter, onProgress?: (bytes: number, total: number) => void,
): Promise<OpenedState> {
  const keeper = new RowKeeper(blob.size);
  let lastPost = -Infinity;
  const progress = (bytes: number) => {
    keeper.bytesRead = bytes;
    // Each call crosses to the page: no more often than the validation worker posts (see run-validation-job).
    const now = performance.now();
    if (!onProgress || now - lastPost < PROGRESS_INTERVAL_MS) return;
    lastPost = now;
    onProgress(bytes, blob.size);
  };
  const validator = await createValidator({ today, delimiter, observer: keeper, onProgress: progress });
  for await (const chunk of readBlob(blob)) validator.push(chunk);
  const report = validator.finish();
  onProgress?.(blob.size, blob.size);
  keeper.flushPending();
  return {
    report,
    delimiter,
    totalRows: keeper.dataRows,
    rows: keeper.rows,
    index: keeper.index,
    fileIssues: [...keeper.fileIssues.values()],
    erroredColumns: keeper.erroredColumns,
    sourceRequestId: keeper.sourceRequests.size === 1 && !keeper.missingSourceRequest ? [...keeper.sourceRequests][0]! : null,
    bom: keeper.fileIssues.has("BOM"),
    otherDelimiter: keeper.otherDelimiter,
    hyphenatedElsewhere: keeper.hyphenatedElsewhere,
  };
}

/** Rows read before the key table is sized from the file's bytes per row. */
const ROWS_TO_ESTIMATE = 4096;

class RowKeeper implements ValidationObserver {
  constructor(private readonly fileBytes: number) {}

  readonly rows: KeptRow[] = [];
  readonly index = new KeyIndex();
  readonly fileIssues = new Map<RuleCode, CellIssue>();
  readonly sourceRequests = new Set<string>();
  missingSourceRequest = false;
  erroredColumns = 0;
  otherDelimiter: CsvDelimiter | null = null;
  hyphenatedElsewhere = 0;
  dataRows = 0;
  bytesRead = 0;
  /** Issues of the row being read (a malformed quote is reported just before its record). */
  private pending: { code: RuleCode; line: number; column: TemplateColumn | null }[] = [];
  private rowEid: number | null = null;
  private rowCustomerId: Key | null = null;
  private eidRepeats = false;
  private customerIdRepeats = false;

  header(fields: readonly string[]): number {
    this.otherDelimiter = otherDelimiterOf(fields);
    this.erroredColumns = erroredColumnsIn(fields);
    return this.erroredColumns;
  }

  issue(code: RuleCode, line: number | null, column: TemplateColumn | null): void {
    if (REPEAT_CODES.has(code)) return;
    if (line === null || RULES[code].fatal || FILE_LEVEL.has(code)) {
      if (!this.fileIssues.has(code)) this.fileIssues.set(code, cellIssue(code, column));
    } else this.pending.push({ code, line, column });
  }

  eid(key: number): void {
    this.rowEid = key;
    this.eidRepeats = this.index.count(key);
  }

  customerId(key: number | string): void {
    const stored = typeof key === "string" ? detachString(key) : key;
    this.rowCustomerId = stored;
    this.customerIdRepeats = this.index.count(stored);
  }

  row(fields: readonly string[], line: number, extra: readonly string[]): void {
    const rowId = this.dataRows++;
    // Two keys a row: estimated from the bytes read so far (the chunk being parsed included, so a little high).
    if (rowId === ROWS_TO_ESTIMATE && this.bytesRead > 0) this.index.reserve(Math.ceil((2 * this.fileBytes * rowId) / this.bytesRead));
    const issues: CellIssue[] = this.pending.length === 0 ? NO_ISSUES : [];
    if (this.pending.length > 0) {
      for (const p of this.pending) if (p.line === line) issues.push(cellIssue(p.code, p.column));
      if (issues.length !== this.pending.length) this.flushPending(line);
      this.pending = [];
    }
    const errored = this.erroredColumns > 0;
    if (errored) this.noteSourceRequest(extra[2] ?? "");
    if (issues.length > 0 || this.eidRepeats || this.customerIdRepeats || errored) this.keep(rowId, line, fields, issues, extra);
    else if ((fields[1] ?? "").charCodeAt(3) === 45 && hyphenatedEidFix(fields[1]!) !== null) this.hyphenatedElsewhere++;
    this.rowEid = null;
    this.rowCustomerId = null;
    this.eidRepeats = false;
    this.customerIdRepeats = false;
  }

  /** Issues on lines that turned out not to be rows go to the file's. */
  flushPending(except?: number): void {
    for (const p of this.pending) {
      if (p.line !== except && !this.fileIssues.has(p.code)) this.fileIssues.set(p.code, cellIssue(p.code, p.column));
    }
    this.pending = [];
  }

  private keep(rowId: number, line: number, raw: readonly string[], issues: CellIssue[], extra: readonly string[]): void {
    const fields = raw.map(detachString);
    const values = TEMPLATE_COLUMNS.map((_, i) => fields[i] ?? "");
    const at = this.rows.length;
    // Repeats are registered here: the keys were counted before the row was known to be kept.
    if (this.eidRepeats) this.index.noteRepeat(this.rowEid!, at);
    if (this.customerIdRepeats) this.index.noteRepeat(this.rowCustomerId!, at);
    this.rows.push({
      at, rowId, line, fields, values, touched: false, issues,
      eid: this.rowEid, customerId: this.rowCustomerId,
      businessErrors: extra.length > 0 ? businessErrorsOf(extra.map(detachString)) : NO_ERRORS,
      excluded: false,
    });
  }

  private noteSourceRequest(value: string): void {
    const id = value.trim();
    if (id === "") this.missingSourceRequest = true;
    else if (this.sourceRequests.size < 2) this.sourceRequests.add(detachString(id));
  }
}

/** The header read with commas is one field when the file uses `;` or tabs: those whose names fit the template exactly. */
function otherDelimiterOf(fields: readonly string[]): CsvDelimiter | null {
  if (fields.length >= TEMPLATE_COLUMNS.length) return null;
  const line = fields.join(",");
  for (const delimiter of [";", "\t"] as const) {
    const names = line.split(delimiter).map(normalizeHeaderName);
    const template = TEMPLATE_COLUMNS.every((c, i) => names[i] === c);
    const rest = names.slice(TEMPLATE_COLUMNS.length);
    if (template && (rest.length === 0 || rest.every((n, i) => n === ERRORED_EXTRA_COLUMNS[i]))) return delimiter;
  }
  return null;
}
