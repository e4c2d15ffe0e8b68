import { detachString } from "../detach-string";
import { IssueSink } from "../issue-sink";
import { RULES, type RuleCode } from "../rule-catalogue";
import { TEMPLATE_COLUMNS, type TemplateColumn } from "../template-columns";
import { RowValidator } from "../validate-row";
import type { CellIssue } from "./correction-api";
import type { Key } from "./key-index";

/** Repeated keys are judged over the whole file by the key index, never by one row's check. */
export const REPEAT_CODES: ReadonlySet<RuleCode> = new Set(["CUSTOMER_ID_DUPLICATE", "EID_DUPLICATE"]);

/** Issues are immutable and few in kind: one shared object per code and column saves 100,000s of allocations. */
const interned = new Map<string, CellIssue>();

export function cellIssue(code: RuleCode, column: TemplateColumn | null): CellIssue {
  const id = `${code}:${column}`;
  let issue = interned.get(id);
  if (!issue) {
    issue = Object.freeze({ column: column === null ? null : TEMPLATE_COLUMNS.indexOf(column), code, severity: RULES[code].severity });
    interned.set(id, issue);
  }
  return issue;
}

export type RowCheck = { issues: CellIssue[]; eid: Key | null; customerId: Key | null };

/**
 * Re-checks one edited row with the file check's own row validator (a fresh one, so nothing
 * of other rows leaks in) and returns its issues and the keys it holds.
 */
export function checkRow(values: readonly string[], line: number, today: number): RowCheck {
  const check: RowCheck = { issues: [], eid: null, customerId: null };
  const sink = new IssueSink(64, {
    issue: (code, _line, column) => {
      if (!REPEAT_CODES.has(code)) check.issues.push(cellIssue(code, column));
    },
  });
  const validator = new RowValidator(sink, today, {
    eid: (key) => (check.eid = key),
    customerId: (key) => (check.customerId = typeof key === "string" ? detachString(key) : key),
  });
  validator.validate([...values], line);
  return check;
}
