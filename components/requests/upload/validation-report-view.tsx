import type { ValidationReport } from "@/lib/csv/validation-report";
import { DownloadErrorReport } from "./download-error-report";
import { FileErrorCallout } from "./file-error-callout";
import { IssuesTable } from "./issues-table";
import { ruleCounts } from "./report-summary";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { headlineText, issueText, ruleText } from "./report-text";

const SHOWN_ISSUES = 20;

export function ValidationReportView({ fileName, report }: { fileName: string; report: ValidationReport }) {
  const t = useTranslations();
  const f = useFormat();
  const rules = ruleCounts(report.counts);
  const total = report.errorCount + report.warningCount;
  const shown = report.firstIssues.slice(0, SHOWN_ISSUES);
  return (
    <section aria-label={t("upload.reportLabel")} className="space-y-3">
      {report.fileError && <FileErrorCallout issue={issueText(report.fileError, t)} />}
      <p className="text-sm font-medium">{headlineText(report, t)}</p>
      {rules.length > 0 && (
        <ul className="space-y-1 text-sm">
          {rules.map((rule) => (
            <li key={rule.code} className="flex gap-2">
              <span className={`w-16 shrink-0 text-xs font-semibold uppercase ${rule.severity === "error" ? "text-red-700" : "text-amber-700"}`}>
                {t(`upload.severity_${rule.severity}`)}
              </span>
              <span className="w-14 shrink-0 text-end tabular-nums">{f.count(rule.count)}×</span>
              <span>{ruleText(rule.code, t)} <span dir="ltr" className="font-mono text-xs text-slate-600">{rule.code}</span></span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <>
          <p className="text-xs text-slate-600">
            {shown.length < total ? t("upload.firstOf", { shown: shown.length, total }) : t("upload.problemsFound")}
          </p>
          <IssuesTable issues={shown} caption={t("upload.tableCaption")} />
          <div className="flex flex-wrap items-center gap-3">
            <DownloadErrorReport fileName={fileName} issues={report.issues} />
            {report.truncated && <p className="text-xs text-slate-600">{t("upload.truncated", { count: report.issues.length })}</p>}
          </div>
        </>
      )}
    </section>
  );
}
