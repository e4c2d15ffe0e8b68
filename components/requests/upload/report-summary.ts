import type { Issue } from "@/lib/csv/issue";
import { RULES, type Rule, type RuleCode } from "@/lib/csv/rule-catalogue";
import type { ValidationReport } from "@/lib/csv/validation-report";

// What the upload dialog says about a validation report, as message keys and values (the
// wording is in the catalogues; report-text.ts puts them together). Pure and tested.

export type RuleCount = Rule & { code: RuleCode; count: number };

/** Errors before warnings, the most frequent first: what blocks the upload leads. */
export function ruleCounts(counts: ValidationReport["counts"]): RuleCount[] {
  return (Object.entries(counts) as [RuleCode, number | undefined][])
    .filter((entry): entry is [RuleCode, number] => (entry[1] ?? 0) > 0 && entry[0] in RULES)
    .map(([code, count]) => ({ code, count, ...RULES[code] }))
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count || a.code.localeCompare(b.code) : a.severity === "error" ? -1 : 1));
}

/** The warnings a user must acknowledge before uploading, most frequent first. */
export function warningsToAcknowledge(counts: ValidationReport["counts"]): RuleCount[] {
  return ruleCounts(counts).filter((rule) => rule.severity === "warning");
}

/** "customers.csv" → "customers-errors.csv". */
export function errorReportFileName(fileName: string): string {
  return `${fileName.replace(/\.csv$/i, "") || "file"}-errors.csv`;
}

/**
 * The server's 422 may carry the rows it found (`details.firstIssues`). It is untrusted JSON:
 * keep only well-formed entries, as plain strings, for the same table the browser report uses
 * (worded there from the catalogues by the code, like the browser's own findings).
 */
export function issuesFromDetails(details: unknown): Issue[] {
  const list = (details as { firstIssues?: unknown } | null | undefined)?.firstIssues;
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw: unknown) => {
    if (typeof raw !== "object" || raw === null) return [];
    const item = raw as Record<string, unknown>;
    if (typeof item.code !== "string") return [];
    const text = (v: unknown) => (typeof v === "string" ? v : "");
    return [{
      row: typeof item.row === "number" ? item.row : null,
      customerId: typeof item.customerId === "string" ? item.customerId : null,
      column: (typeof item.column === "string" ? item.column : null) as Issue["column"],
      code: item.code as RuleCode,
      severity: item.severity === "warning" ? "warning" : "error",
      value: text(item.value),
      detail: text(item.detail),
    } satisfies Issue];
  });
}

export type Headline = Pick<ValidationReport, "rows" | "validRows" | "errorCount" | "warningCount">;

/** The report's headline: a message key of the `upload` catalogue and its counts. */
export function headline(report: Headline) {
  const values = { errors: report.errorCount, warnings: report.warningCount, records: report.rows, valid: report.validRows };
  if (report.errorCount === 0 && report.warningCount === 0) return { key: "headlineClean", values } as const;
  // No record could be read (a wrong header, an empty or unreadable file): the count is about the file.
  return { key: report.rows === 0 ? "headlineNoRecords" : "headline", values } as const;
}
