import type { Issue } from "./issue";
import type { IssueSink } from "./issue-sink";
import type { RuleCode } from "./rule-catalogue";

export const FIRST_ISSUES = 100;

/**
 * The outcome of validating one file, identical whether computed in the browser worker or on
 * the server. Plain data only (structured-clone and JSON safe).
 */
export type ValidationReport = {
  /** SHA-256 of the raw bytes, lowercase hex: the fingerprint the approval is bound to. */
  readonly sha256: string;
  readonly bytes: number;
  /** Data records read (excluding the header, blank lines and repeated headers). */
  readonly rows: number;
  /** Data records without any error (warnings allowed). */
  readonly validRows: number;
  /** Every issue counted per code, including those beyond the storage cap. */
  readonly counts: Partial<Record<RuleCode, number>>;
  readonly errorCount: number;
  readonly warningCount: number;
  /** True when any error exists: the file must not be submitted. */
  readonly blocking: boolean;
  /** The problem that stopped validation early (wrong container, encoding, header…), if any. */
  readonly fileError?: Issue;
  /** The first issues in file order, for the upload dialog. */
  readonly firstIssues: readonly Issue[];
  /** All stored issues, in file order, for the downloadable error report (see `truncated`). */
  readonly issues: readonly Issue[];
  /** True when more issues exist than were stored (counts stay exact). */
  readonly truncated: boolean;
  /** The validation day used for the date rules, YYYY-MM-DD. */
  readonly today: string;
};

export function buildReport(args: {
  sha256: string; bytes: number; rows: number; validRows: number; today: string; sink: IssueSink;
}): ValidationReport {
  const { sink } = args;
  // Line-ending and encoding findings can be noted before the records around them are delivered.
  const issues = sink.stored.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return {
    sha256: args.sha256,
    bytes: args.bytes,
    rows: args.rows,
    validRows: args.validRows,
    counts: { ...sink.counts },
    errorCount: sink.errorCount,
    warningCount: sink.warningCount,
    blocking: sink.errorCount > 0,
    ...(sink.fatal ? { fileError: sink.fatal } : {}),
    firstIssues: issues.slice(0, FIRST_ISSUES),
    issues,
    truncated: sink.truncated,
    today: args.today,
  };
}
