import type { ValidationReport } from "@/lib/csv/validation-report";
import { formatCount } from "../format";
import { DownloadErrorReport } from "./download-error-report";
import { FileErrorCallout } from "./file-error-callout";
import { IssuesTable } from "./issues-table";
import { reportHeadline, ruleCounts } from "./report-summary";

const SHOWN_ISSUES = 20;

export function ValidationReportView({ fileName, report }: { fileName: string; report: ValidationReport }) {
  const rules = ruleCounts(report.counts);
  const total = report.errorCount + report.warningCount;
  const shown = report.firstIssues.slice(0, SHOWN_ISSUES);
  return (
    <section aria-label="Validation report" className="space-y-3">
      {report.fileError && <FileErrorCallout issue={report.fileError} />}
      <p className="text-sm font-medium">{reportHeadline(report)}</p>
      {rules.length > 0 && (
        <ul className="space-y-1 text-sm">
          {rules.map((rule) => (
            <li key={rule.code} className="flex gap-2">
              <span className={`w-16 shrink-0 text-xs font-semibold uppercase ${rule.severity === "error" ? "text-red-700" : "text-amber-700"}`}>
                {rule.severity}
              </span>
              <span className="w-14 shrink-0 text-end tabular-nums">{formatCount(rule.count)}×</span>
              <span>{rule.message} <span className="font-mono text-xs text-slate-500">{rule.code}</span></span>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <>
          <p className="text-xs text-slate-600">
            {shown.length < total ? `The first ${shown.length} of ${formatCount(total)} problems:` : "The problems found:"}
          </p>
          <IssuesTable issues={shown} caption="Problems found in the file" />
          <div className="flex flex-wrap items-center gap-3">
            <DownloadErrorReport fileName={fileName} issues={report.issues} />
            {report.truncated && <p className="text-xs text-slate-600">The report lists the first {formatCount(report.issues.length)} problems; the counts above are complete.</p>}
          </div>
        </>
      )}
    </section>
  );
}
