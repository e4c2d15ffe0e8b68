import { detachString } from "./detach-string";
import type { Issue } from "./issue";
import { truncateValue } from "./issue";
import { RULES, type RuleCode } from "./rule-catalogue";
import type { TemplateColumn } from "./template-columns";
import type { ValidationObserver } from "./validator-options";

export const DEFAULT_MAX_STORED_ISSUES = 200_000;
/** Diagnoses quote truncated values, so this only guards against one that forgot to. */
const MAX_DETAIL_CHARS = 1000;

/**
 * Counts every issue but stores only the first `maxStored`, so a million bad rows cannot
 * exhaust the heap; counts stay exact and `truncated` says the stored list is incomplete.
 */
export class IssueSink {
  readonly counts: Partial<Record<RuleCode, number>> = {};
  readonly stored: Issue[] = [];
  errorCount = 0;
  warningCount = 0;
  truncated = false;
  fatal: Issue | undefined;
  /** The customer_id of the row being checked, set by the row validator; null between rows. */
  customerId: string | null = null;

  constructor(private readonly maxStored = DEFAULT_MAX_STORED_ISSUES, private readonly observer?: Pick<ValidationObserver, "issue">) {}

  add(code: RuleCode, row: number | null, column: TemplateColumn | null, value: string, detail = ""): void {
    this.observer?.issue(code, row, column);
    const rule = RULES[code];
    this.counts[code] = (this.counts[code] ?? 0) + 1;
    if (rule.severity === "error") this.errorCount++;
    else this.warningCount++;
    const keep = this.stored.length < this.maxStored;
    if (!keep) this.truncated = true;
    if (!keep && !(rule.fatal && !this.fatal)) return;
    const issue: Issue = {
      row,
      customerId: row === null || this.customerId === null ? null : detachString(truncateValue(this.customerId)),
      column,
      code,
      severity: rule.severity,
      value: detachString(truncateValue(value)),
      detail: detachString(detail.slice(0, MAX_DETAIL_CHARS)),
    };
    if (keep) this.stored.push(issue);
    if (rule.fatal && !this.fatal) this.fatal = issue;
  }
}
