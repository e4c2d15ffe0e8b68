import type { Issue } from "@/lib/csv/issue";
import { RULES, type Rule, type RuleCode } from "@/lib/csv/rule-catalogue";
import type { ValidationReport } from "@/lib/csv/validation-report";
import { formatCount } from "../format";

// What the upload dialog says about a validation report: pure, so the wording is tested.

export type RuleCount = Rule & { code: RuleCode; count: number };

/** Errors before warnings, the most frequent first: what blocks the upload leads. */
export function ruleCounts(counts: ValidationReport["counts"]): RuleCount[] {
  return (Object.entries(counts) as [RuleCode, number | undefined][])
    .filter((entry): entry is [RuleCode, number] => (entry[1] ?? 0) > 0 && entry[0] in RULES)
    .map(([code, count]) => ({ code, count, ...RULES[code] }))
    .sort((a, b) => (a.severity === b.severity ? b.count - a.count || a.code.localeCompare(b.code) : a.severity === "error" ? -1 : 1));
}

const records = (n: number, verb: "will" | "have") =>
  `${formatCount(n)} ${n === 1 ? "record" : "records"} ${verb === "have" ? (n === 1 ? "has" : "have") : "will"}`;

/** The acknowledgement for warnings, e.g. "I understand 3 records will likely fail with EXPIRED_EID". */
export function warningAcknowledgement(counts: ValidationReport["counts"]): string | null {
  const warnings = ruleCounts(counts).filter((rule) => rule.severity === "warning");
  if (!warnings.length) return null;
  const parts = warnings.map(({ code, count }) =>
    code === "EID_EXPIRED" ? `${records(count, "will")} likely fail with EXPIRED_EID` : `${records(count, "have")} the warning ${code}`,
  );
  return `I understand ${parts.join(" and ")}`;
}

/** "customers.csv" → "customers-errors.csv". */
export function errorReportFileName(fileName: string): string {
  return `${fileName.replace(/\.csv$/i, "") || "file"}-errors.csv`;
}

/**
 * The server's 422 may carry the rows it found (`details.firstIssues`). It is untrusted JSON:
 * keep only well-formed entries, as plain strings, for the same table the browser report uses.
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
      message: text(item.message) || (RULES[item.code as RuleCode]?.message ?? item.code),
      hint: text(item.hint) || (RULES[item.code as RuleCode]?.hint ?? ""),
    } satisfies Issue];
  });
}

const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

/** "2 errors and 1 warning in 1,000 records (998 without errors)." */
export function reportHeadline(report: Pick<ValidationReport, "rows" | "validRows" | "errorCount" | "warningCount">): string {
  const records = plural(report.rows, "record", "records");
  if (report.errorCount === 0 && report.warningCount === 0) return `No problems found in ${records}.`;
  // No record could be read (a wrong header, an empty or unreadable file): the count is about the file.
  if (report.rows === 0) return `The file could not be read as records: ${plural(report.errorCount, "error", "errors")} in the file itself.`;
  const parts = [
    report.errorCount ? plural(report.errorCount, "error", "errors") : null,
    report.warningCount ? plural(report.warningCount, "warning", "warnings") : null,
  ].filter(Boolean);
  return `${parts.join(" and ")} in ${records} (${formatCount(report.validRows)} without errors).`;
}
