import type { Issue } from "@/lib/csv/issue";
import type { ValidationReport } from "@/lib/csv/validation-report";
import type { Locale } from "@/lib/i18n/config";
import type { Translator } from "@/lib/i18n/translate";
import { reportHeadline, ruleCounts, warningAcknowledgement } from "./report-summary";
import { uploadBlockedReason, type GateInput } from "./upload-gate";

// The validation report in the user's language. English keeps the validator's own wording (its
// messages may quote the offending value); other languages translate each rule by its code, and
// fall back to the English text for a code the message files do not know yet.

type Headline = Pick<ValidationReport, "rows" | "validRows" | "errorCount" | "warningCount">;

export function localizeIssue(issue: Issue, locale: Locale, t: Translator): Issue {
  if (locale === "en") return issue;
  const key = `rules.${issue.code}`;
  const values = { row: issue.row ?? "", column: issue.column ?? "", value: issue.value };
  return {
    ...issue,
    message: t.has(`${key}.message`) ? t(`${key}.message`, values) : issue.message,
    hint: t.has(`${key}.hint`) ? t(`${key}.hint`, values) : issue.hint,
  };
}

export function ruleMessage(code: string, english: string, locale: Locale, t: Translator): string {
  return locale !== "en" && t.has(`rules.${code}.message`) ? t(`rules.${code}.message`) : english;
}

export function localizedHeadline(report: Headline, locale: Locale, t: Translator): string {
  if (locale === "en") return reportHeadline(report);
  if (report.errorCount === 0 && report.warningCount === 0) return t("upload.headlineClean", { records: report.rows });
  if (report.rows === 0) return t("upload.headlineNoRecords", { errors: report.errorCount });
  return t("upload.headline", {
    errors: report.errorCount,
    warnings: report.warningCount,
    sep: report.errorCount && report.warningCount ? " و" : "",
    records: report.rows,
    valid: report.validRows,
  });
}

export function localizedAcknowledgement(counts: ValidationReport["counts"], locale: Locale, t: Translator): string | null {
  if (locale === "en") return warningAcknowledgement(counts);
  const warnings = ruleCounts(counts).filter((rule) => rule.severity === "warning");
  if (!warnings.length) return null;
  return warnings
    .map(({ code, count }) => (code === "EID_EXPIRED" ? t("upload.acknowledgeExpired", { count }) : t("upload.acknowledge", { count, code })))
    .join("، ");
}

/** uploadBlockedReason in the user's language; the English wording (and its tests) stay the rule. */
export function localizedBlockedReason(input: GateInput, locale: Locale, t: Translator): string | null {
  const english = uploadBlockedReason(input);
  if (locale === "en" || english === null) return english;
  const { report, duplicates, acknowledged, refusedByServer = false } = input;
  if (report.fileError) return t("upload.blockedUnreadable");
  if (report.blocking) return t("upload.blockedErrors", { count: report.errorCount });
  if (refusedByServer) return t("upload.blockedRefused");
  if (duplicates.state === "loading") return t("upload.checkingDuplicates");
  if (duplicates.state === "done" && duplicates.count > 0) return t("upload.blockedDuplicate");
  if (report.warningCount > 0 && !acknowledged) return t("upload.tickToEnable");
  return english;
}
