import type { createTranslator, Messages } from "next-intl";
import type { Issue, WordedIssue } from "@/lib/csv/issue";
import { RULES, type RuleCode } from "@/lib/csv/rule-catalogue";
import type { ValidationReport } from "@/lib/csv/validation-report";
import type { Announcement } from "./flow-announcement";
import { headline, warningsToAcknowledge, type Headline } from "./report-summary";
import { uploadBlock, type GateInput } from "./upload-gate";

// The validation report in the user's language: every sentence comes from the catalogues,
// keyed by the rule's code (the validator's own English diagnosis, `Issue.detail`, stays in
// logs and tests). One
// path for every language; `t` is next-intl's translator of the whole catalogue.

export type Translate = ReturnType<typeof createTranslator<Messages>>;
/** Joins phrases the way the language does ("a and b", "a و b"): next-intl's `format.list`. */
export type JoinList = (items: string[]) => string;

export function isRuleCode(code: string): code is RuleCode {
  return Object.hasOwn(RULES, code);
}

/** A rule's sentence by its code; a code the catalogue does not know is shown as it is. */
export function ruleText(code: string, t: Translate): string {
  return isRuleCode(code) ? t(`rules.${code}.message`) : code;
}

/** An issue with its rule's sentence and fix; a code the catalogue does not know is shown as it is. */
export function issueText(issue: Issue, t: Translate): WordedIssue {
  if (!isRuleCode(issue.code)) return { ...issue, message: issue.code, hint: "" };
  return { ...issue, message: t(`rules.${issue.code}.message`), hint: t(`rules.${issue.code}.hint`) };
}

export function headlineText(report: Headline, t: Translate): string {
  const { key, values } = headline(report);
  return t(`upload.${key}`, values);
}

export function acknowledgementText(counts: ValidationReport["counts"], t: Translate, join: JoinList): string | null {
  const warnings = warningsToAcknowledge(counts);
  if (!warnings.length) return null;
  const items = warnings.map(({ code, count }) => (code === "EID_EXPIRED" ? t("upload.warnsExpired", { count }) : t("upload.warns", { count, code })));
  return t("upload.acknowledge", { items: join(items) });
}

export function blockedText(input: GateInput, t: Translate): string | null {
  const block = uploadBlock(input);
  return block && t(`upload.${block.key}`, { count: block.count });
}

export function announcementText(announcement: Announcement | null, report: Headline | null, t: Translate): string {
  if (!announcement) return "";
  if (announcement.key === "announceChecking") return t("upload.announceChecking", { name: announcement.name });
  if (announcement.key === "announceDone") return t("upload.announceDone", { headline: report ? headlineText(report, t) : "" });
  return t(`upload.${announcement.key}`);
}
