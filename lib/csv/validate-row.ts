import { checkDateRelations } from "./check-dates";
import { eidFast } from "./check-eid";
import { checkDateSlow, checkEidSlow, reportTextFlags } from "./check-field";
import { normalizeHeaderName } from "./check-header";
import { customerIdCode, customerIdFromCode, customerIdNumber } from "./customer-id-key";
import { detachString } from "./detach-string";
import { DuplicateKeys } from "./duplicate-keys";
import { quoted } from "./issue";
import type { IssueSink } from "./issue-sink";
import { LineSet } from "./line-set";
import { parseDate } from "./parse-date";
import { TEXT_SPACES, scanText } from "./scan-text";
import { COL, TEMPLATE_COLUMNS, type TemplateColumn } from "./template-columns";
import type { ValidationObserver } from "./validator-options";

const COLUMN_COUNT = TEMPLATE_COLUMNS.length;

/**
 * Checks one data record at a time and keeps only what duplicate detection needs (a number per
 * Emirates ID, a number or, failing that, a string per customer_id), never the rows. This is the
 * hot path: a good row costs char-code loops and one native regex scan per text value, and no
 * Date, trim or message string. Numeric keys are checked for repeats in finish(), strings as they come.
 */
export class RowValidator {
  rows = 0;
  validRows = 0;
  private readonly customerNumbers = new DuplicateKeys();
  private readonly customerCodes = new DuplicateKeys();
  private readonly customerTexts = new Map<string, number>();
  private readonly eids = new DuplicateKeys();
  private readonly linesWithErrors = new LineSet();

  constructor(private readonly sink: IssueSink, private readonly today: number, private readonly keys?: Pick<ValidationObserver, "eid" | "customerId">) {}

  validate(f: string[], line: number): void {
    if (isBlankRecord(f)) {
      this.sink.add("BLANK_ROW", line, null, "", `Line ${line} is blank.`);
      return;
    }
    if (isRepeatedHeader(f)) {
      this.sink.add("HEADER_REPEATED", line, null, f.join(","), `Line ${line} repeats the header.`);
      return;
    }
    this.rows++;
    const errorsBefore = this.sink.errorCount;
    // customer_id is the template's first column (a header too wrong to check rows by position stops the run).
    this.sink.customerId = f[0] ?? null;
    if (f.length !== COLUMN_COUNT) this.reportFieldCount(f, line);
    else this.checkValues(f, line);
    this.sink.customerId = null;
    if (this.sink.errorCount === errorsBefore) this.validRows++;
    else this.linesWithErrors.add(line);
  }

  /** Reports repeated customer_ids and Emirates IDs found across the whole file. */
  finish(): void {
    this.customerNumbers.forEachRepeat((line, first, key) => this.addDuplicate("CUSTOMER_ID_DUPLICATE", line, String(key), first));
    this.customerCodes.forEachRepeat((line, first, key) => this.addDuplicate("CUSTOMER_ID_DUPLICATE", line, customerIdFromCode(key), first));
    this.eids.forEachRepeat((line, first, key) => this.addDuplicate("EID_DUPLICATE", line, String(key), first));
  }

  /** The rows are not kept: the value shown is the key (an Emirates ID in its normalised 15 digits). */
  private addDuplicate(code: "CUSTOMER_ID_DUPLICATE" | "EID_DUPLICATE", line: number, value: string, first: number): void {
    const [column, what] = code === "EID_DUPLICATE" ? (["eid_number", "Emirates ID"] as const) : (["customer_id", "customer_id"] as const);
    this.sink.add(code, line, column, value, `${what} ${value} is already used on line ${first}.`);
    if (this.linesWithErrors.has(line)) return;
    this.linesWithErrors.add(line);
    this.validRows--;
  }

  private checkValues(f: string[], line: number): void {
    this.checkCustomerId(f[COL.customerId]!, line);
    this.checkEid(f[COL.eid]!, line);
    const onboarding = this.checkDate(f[COL.onboarding]!, line, "onboarding_date");
    this.checkText(f[COL.consent]!, line, "consent_version");
    this.checkText(f[COL.name]!, line, "name_on_eid");
    const issue = this.checkDate(f[COL.issue]!, line, "eid_issue_date");
    const expiry = this.checkDate(f[COL.expiry]!, line, "eid_expiry_date");
    const dob = this.checkDate(f[COL.dob]!, line, "dob");
    checkDateRelations(onboarding, issue, expiry, dob, f, this.today, line, this.sink);
  }

  private checkCustomerId(s: string, line: number): void {
    const flags = s.length === 0 ? -1 : scanText(s);
    if (flags !== 0 && !reportTextFlags(s, flags, line, "customer_id", this.sink)) return;
    const key = flags & TEXT_SPACES ? s.trim() : s;
    const n = customerIdNumber(key);
    if (n >= 0) {
      this.keys?.customerId(n);
      return this.customerNumbers.add(n, line);
    }
    const code = customerIdCode(key);
    if (code >= 0) {
      this.keys?.customerId(-code);
      return this.customerCodes.add(code, line);
    }
    this.keys?.customerId(key);
    const earlier = this.customerTexts.get(key);
    if (earlier === undefined) this.customerTexts.set(detachString(key), line);
    else this.sink.add("CUSTOMER_ID_DUPLICATE", line, "customer_id", s, `customer_id ${quoted(s)} is already used on line ${earlier}.`);
  }

  private checkEid(s: string, line: number): void {
    let eid = eidFast(s);
    if (eid < 0) eid = checkEidSlow(s, line, this.sink);
    if (eid < 0) return;
    this.keys?.eid(eid);
    this.eids.add(eid, line);
  }

  private checkDate(s: string, line: number, column: TemplateColumn): number {
    const parsed = parseDate(s);
    return parsed > 0 ? parsed : checkDateSlow(s, line, column, this.sink);
  }

  /** False when the value is missing. */
  private checkText(s: string, line: number, column: TemplateColumn): boolean {
    const flags = s.length === 0 ? -1 : scanText(s);
    return flags === 0 || reportTextFlags(s, flags, line, column, this.sink);
  }

  private reportFieldCount(f: string[], line: number): void {
    const n = f.length;
    const why = n > COLUMN_COUNT
      ? "a value probably contains an unquoted comma"
      : "values are missing or the line was broken in two";
    const message = `Line ${line} has ${n} value${n === 1 ? "" : "s"}; the template has ${COLUMN_COUNT} (${why}).`;
    this.sink.add("ROW_FIELD_COUNT", line, null, f.join(","), message);
  }
}

/** A line with nothing but spaces and commas: reported, not a row. */
export function isBlankRecord(f: readonly string[]): boolean {
  if (f.length !== 1 && f[0]!.length !== 0) return false;
  for (let i = 0; i < f.length; i++) if (f[i]!.trim().length > 0) return false;
  return true;
}

/** Cheap guard first: in a data row the Emirates ID starts with a digit. */
export function isRepeatedHeader(f: readonly string[]): boolean {
  if (f.length < 2) return false;
  const c = f[1]!.charCodeAt(0);
  if (c >= 48 && c <= 57) return false;
  return normalizeHeaderName(f[0]!) === TEMPLATE_COLUMNS[0] && normalizeHeaderName(f[1]!) === TEMPLATE_COLUMNS[1];
}
