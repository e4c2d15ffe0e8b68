import { parseIsoDay } from "../parse-date";
import { RULES } from "../rule-catalogue";
import { COL, ERRORED_EXTRA_COLUMNS, TEMPLATE_COLUMNS } from "../template-columns";
import type { ValidationReport } from "../validation-report";
import { buildFile } from "./build-file";
import { fixRow, hyphenatedEidFix, isoDateFix, spacesFix, type CellFixKind } from "./bulk-fixes";
import type {
  BuiltFile, BulkFixKind, BulkFixOffer, CellIssue, CorrectionSession, GridRow, OpenedFile, RowsQuery,
} from "./correction-api";
import type { Key } from "./key-index";
import { openPass, type KeptRow, type OpenedState } from "./open-pass";
import { cellIssue, checkRow } from "./row-check";

/** What the rebuild repairs by itself (see build-file.ts): shown as file issues, never counted as left. */
const REBUILD_REPAIRS = new Set(["LINE_ENDINGS_CR", "LINE_ENDINGS_MIXED", "HEADER_MISMATCH", "HEADER_REPEATED", "BLANK_ROW"]);
const MAX_PAGE = 1000;

/** One row's share of the totals, so an edit updates them without walking 100,000 rows. */
type Share = { toFix: number; errors: number; iso: number; spaces: number; hyphens: number; changed: number };
const NO_SHARE: Share = { toFix: 0, errors: 0, iso: 0, spaces: 0, hyphens: 0, changed: 0 };

/**
 * The correction engine behind the grid (#15), run in correction.worker.ts. It holds only the
 * rows to fix and the key counts; the file itself stays a Blob and is streamed again by build().
 * Nothing of a row is logged.
 */
export class CorrectionEngine implements CorrectionSession {
  private source: Blob | null = null;
  private today = "";
  private todayDay = 0;
  private state: OpenedState | null = null;
  private totals: Share = { ...NO_SHARE };
  private bomRemoved = false;
  private delimiterSwitched = false;
  private bareEids = false;
  private excludedRows = 0;
  /** The rows of the grid's current view (RowsQuery.view), listed when it was first asked for. */
  private view: { id: number; filter: RowsQuery["filter"]; rows: readonly KeptRow[] } | null = null;

  async open(file: Blob, today: string, onProgress?: (bytes: number, total: number) => void): Promise<OpenedFile> {
    this.source = file;
    this.today = today;
    this.todayDay = parseIsoDay(today);
    this.bomRemoved = false;
    this.delimiterSwitched = false;
    this.bareEids = false;
    this.state = await openPass(file, today, ",", onProgress);
    return this.afterOpen();
  }

  async report(): Promise<ValidationReport> {
    return this.opened().report;
  }

  async rows({ offset, limit, filter, view }: RowsQuery): Promise<{ total: number; rows: GridRow[] }> {
    const list = this.listed(filter, view);
    const from = Math.max(0, offset);
    const page = list.slice(from, from + Math.min(Math.max(0, limit), MAX_PAGE));
    return { total: list.length, rows: page.map((r) => this.gridRow(r)) };
  }

  /**
   * The rows a filter shows, in file order, listed once per view so scrolling reads slices and
   * an edit does not move the rows under the cursor. "to-fix" is the rows themselves.
   */
  private listed(filter: RowsQuery["filter"], view: number): readonly KeptRow[] {
    const all = this.opened().rows;
    if (filter === "to-fix") return all;
    if (this.view?.id === view && this.view.filter === filter) return this.view.rows;
    const rows = all.filter((r) => (filter === "excluded" ? r.excluded : !r.excluded && this.hasError(r)));
    this.view = { id: view, filter, rows };
    return rows;
  }

  async edit(rowId: number, column: number, value: string): Promise<{ row: GridRow; opened: OpenedFile }> {
    if (!Number.isInteger(column) || column < 0 || column >= TEMPLATE_COLUMNS.length) throw new RangeError(`No template column ${column}.`);
    const at = this.find(rowId);
    const row = this.opened().rows[at]!;
    if (row.values[column] !== value) {
      const values = [...row.values];
      values[column] = value;
      this.change(at, values);
    }
    return { row: this.gridRow(row), opened: this.summary() };
  }

  async exclude(rowId: number, excluded: boolean): Promise<{ row: GridRow; opened: OpenedFile }> {
    const at = this.find(rowId);
    const row = this.opened().rows[at]!;
    if (row.excluded !== excluded) {
      this.account(row, -1);
      if (excluded) this.releaseKeys(at);
      row.excluded = excluded;
      this.excludedRows += excluded ? 1 : -1;
      if (!excluded) this.acquireKeys(at);
      this.account(row, 1);
    }
    return { row: this.gridRow(row), opened: this.summary() };
  }

  async applyFix(kind: BulkFixKind): Promise<{ changedCells: number; opened: OpenedFile }> {
    const state = this.opened();
    if (kind === "byte-order-mark") {
      if (!state.bom || this.bomRemoved) return { changedCells: 0, opened: this.summary() };
      this.bomRemoved = true;
      return { changedCells: 1, opened: this.summary() };
    }
    if (kind === "delimiter") {
      if (!state.otherDelimiter) return { changedCells: 0, opened: this.summary() };
      this.state = await openPass(this.source!, this.today, state.otherDelimiter);
      this.delimiterSwitched = true;
      return { changedCells: 1, opened: this.afterOpen() };
    }
    let changed = 0;
    state.rows.forEach((row, at) => {
      if (row.excluded) return;
      const fixed = fixRow(kind as CellFixKind, row.values, row.issues);
      if (!fixed) return;
      changed += fixed.cells;
      this.change(at, fixed.values);
    });
    if (kind === "hyphenated-eid" && !this.bareEids) {
      this.bareEids = true;
      changed += state.hyphenatedElsewhere;
    }
    return { changedCells: changed, opened: this.summary() };
  }

  async build(fileName: string): Promise<BuiltFile> {
    const state = this.opened();
    const blocking = state.fileIssues.find((i) => RULES[i.code].fatal && !(i.code === "DELIMITER_WRONG" && state.delimiter !== ","));
    if (blocking) throw new Error(`The file cannot be rebuilt: ${blocking.code}.`);
    const built = await buildFile({
      source: this.source!,
      delimiter: state.delimiter,
      rows: state.rows,
      erroredColumns: state.erroredColumns,
      keepBom: state.bom && !this.bomRemoved,
      bareEids: this.bareEids,
    }, fileName);
    let cellsChanged = built.hyphensRemoved;
    let rowsExcluded = 0;
    const parentCodes: Record<string, number> = {};
    for (const row of state.rows) {
      if (row.excluded) {
        rowsExcluded++;
        continue;
      }
      if (row.touched) row.values.forEach((v, i) => (cellsChanged += v === (row.fields[i] ?? "") ? 0 : 1));
      // Once per row and code, as the batch's own histogram counts them (the server checks against it).
      for (const code of new Set(row.businessErrors.map((e) => e.code))) parentCodes[code] = (parentCodes[code] ?? 0) + 1;
    }
    return { file: built.file, sha256: built.sha256, cellsChanged, rowsExcluded, parentCodes };
  }

  // ————— rows —————

  /** Replaces a row's values and re-checks it; a row whose repeat status flips is re-judged too. */
  private change(at: number, values: string[]): void {
    const row = this.opened().rows[at]!;
    this.account(row, -1);
    const check = checkRow(values, row.line, this.todayDay);
    row.values = values;
    row.touched = true;
    row.issues = check.issues;
    if (!row.excluded) this.moveKeys(at, check.eid, check.customerId);
    else {
      row.eid = check.eid;
      row.customerId = check.customerId;
    }
    this.account(row, 1);
  }

  private moveKeys(at: number, eid: Key | null, customerId: Key | null): void {
    const row = this.opened().rows[at]!;
    if (row.eid !== eid) {
      if (row.eid !== null) this.release(row.eid, at);
      row.eid = eid;
      if (eid !== null) this.opened().index.acquire(eid, at);
    }
    if (row.customerId !== customerId) {
      if (row.customerId !== null) this.release(row.customerId, at);
      row.customerId = customerId;
      if (customerId !== null) this.opened().index.acquire(customerId, at);
    }
  }

  private releaseKeys(at: number): void {
    const row = this.opened().rows[at]!;
    if (row.eid !== null) this.release(row.eid, at);
    if (row.customerId !== null) this.release(row.customerId, at);
  }

  private acquireKeys(at: number): void {
    const row = this.opened().rows[at]!;
    const index = this.opened().index;
    if (row.eid !== null) index.acquire(row.eid, at);
    if (row.customerId !== null) index.acquire(row.customerId, at);
  }

  /** Gives a key up; the row that takes it over stops being a repeat, so its share of the totals is redone. */
  private release(key: Key, at: number): void {
    const { index, rows } = this.opened();
    const heir = index.heir(key, at);
    if (heir !== -1) this.account(rows[heir]!, -1);
    index.release(key, at);
    if (heir !== -1) this.account(rows[heir]!, 1);
  }

  /** Template issues plus the repeats the key index names now. */
  private issuesOf(row: KeptRow): CellIssue[] {
    const { at } = row;
    const index = this.opened().index;
    const repeats: CellIssue[] = [];
    if (row.customerId !== null && !row.excluded && index.isRepeat(row.customerId, at)) repeats.push(cellIssue("CUSTOMER_ID_DUPLICATE", "customer_id"));
    if (row.eid !== null && !row.excluded && index.isRepeat(row.eid, at)) repeats.push(cellIssue("EID_DUPLICATE", "eid_number"));
    return repeats.length === 0 ? row.issues : [...row.issues, ...repeats];
  }

  /** Walks the row's issues rather than its cells: most rows to fix have one or two. */
  private shareOf(row: KeptRow): Share {
    const share: Share = { ...NO_SHARE, toFix: row.businessErrors.length > 0 ? 1 : 0 };
    if (row.touched) row.values.forEach((v, i) => (share.changed += v === (row.fields[i] ?? "") ? 0 : 1));
    for (const issue of this.issuesOf(row)) {
      share.toFix = 1;
      if (issue.severity === "error") share.errors++;
      const c = issue.column;
      if (c === null) continue;
      if (issue.code === "DATE_ISO" && isoDateFix(row.values[c]!) !== null) share.iso++;
      else if ((issue.code === "VALUE_SPACES" || issue.code === "NAME_SPACES") && spacesFix(row.values[c]!, c, row.issues) !== null) share.spaces++;
    }
    const eid = row.values[COL.eid]!;
    if (eid.charCodeAt(3) === 45 && hyphenatedEidFix(eid) !== null) share.hyphens = 1;
    return share;
  }

  private hasError(row: KeptRow): boolean {
    for (const issue of this.issuesOf(row)) if (issue.severity === "error") return true;
    return false;
  }

  /** Every change to a row passes here, before and after: an excluded row counts for nothing. */
  private account(row: KeptRow, sign: 1 | -1): void {
    if (row.excluded) return;
    const share = this.shareOf(row);
    const totals = this.totals;
    totals.toFix += sign * share.toFix;
    totals.errors += sign * share.errors;
    totals.iso += sign * share.iso;
    totals.spaces += sign * share.spaces;
    totals.hyphens += sign * share.hyphens;
    totals.changed += sign * share.changed;
  }

  private afterOpen(): OpenedFile {
    this.totals = { ...NO_SHARE };
    this.excludedRows = 0;
    this.view = null;
    for (const row of this.opened().rows) this.account(row, 1);
    return this.summary();
  }

  private summary(): OpenedFile {
    const state = this.opened();
    const fileIssues = state.fileIssues.filter((i) => !(i.code === "BOM" && this.bomRemoved));
    const fileErrors = fileIssues.filter((i) => i.severity === "error" && !REBUILD_REPAIRS.has(i.code)).length;
    const fixes: BulkFixOffer[] = [];
    const offer = (kind: BulkFixKind, cells: number) => cells > 0 && fixes.push({ kind, cells });
    offer("iso-dates", this.totals.iso);
    offer("hyphenated-eid", this.totals.hyphens + (this.bareEids ? 0 : state.hyphenatedElsewhere));
    offer("surrounding-spaces", this.totals.spaces);
    offer("byte-order-mark", state.bom && !this.bomRemoved ? 1 : 0);
    offer("delimiter", state.otherDelimiter && state.delimiter === "," ? 1 : 0);
    return {
      totalRows: state.totalRows,
      rowsToFix: this.totals.toFix,
      errorsLeft: this.totals.errors + fileErrors,
      fileIssues,
      // The rows outside the kept ones lose their hyphens in the rebuild (build-file.ts).
      cellsChanged: this.totals.changed + (this.bareEids ? state.hyphenatedElsewhere : 0),
      rowsExcluded: this.excludedRows,
      fileFixes: Number(this.bomRemoved) + Number(this.delimiterSwitched),
      fixes,
      droppedColumns: ERRORED_EXTRA_COLUMNS.slice(0, state.erroredColumns),
      sourceRequestId: state.sourceRequestId,
    };
  }

  private gridRow(row: KeptRow): GridRow {
    return {
      rowId: row.rowId,
      line: row.line,
      values: [...row.values],
      original: row.fields,
      issues: this.issuesOf(row),
      businessErrors: row.businessErrors,
      excluded: row.excluded,
    };
  }

  /** Rows to fix are in file order, so a row is found by binary search on its id. */
  private find(rowId: number): number {
    const rows = this.opened().rows;
    let lo = 0;
    let hi = rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const id = rows[mid]!.rowId;
      if (id === rowId) return mid;
      if (id < rowId) lo = mid + 1;
      else hi = mid - 1;
    }
    throw new RangeError(`Row ${rowId} is not a row to fix.`);
  }

  private opened(): OpenedState {
    if (!this.state) throw new Error("No file is open.");
    return this.state;
  }
}
