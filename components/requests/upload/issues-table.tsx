import type { Issue } from "@/lib/csv/issue";
import { useTranslations } from "next-intl";
import { issueText } from "./report-text";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** An Emirates ID, date or number (no spaces, at most 20 characters) stays on one line. */
const WHOLE = /^\S{1,20}$/;

/** Offending rows. Values come from the user's file: rendered as text, never as markup. */
export function IssuesTable({ issues, caption }: { issues: readonly Issue[]; caption: string }) {
  const t = useTranslations();
  if (!issues.length) return null;
  return (
    <ScrollRegion label={caption} className="max-h-64 overflow-auto rounded-md border border-slate-200">
      <table className="w-full text-xs">
        <caption className="sr-only">{caption}</caption>
        <thead className="sticky top-0 bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("upload.row")}</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">customer_id</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("upload.column")}</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("upload.value")}</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("upload.problem")}</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("upload.howToFix")}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((original, index) => {
            const issue = issueText(original, t);
            return (
            <tr key={`${issue.row}-${issue.column}-${issue.code}-${index}`} className="border-t border-slate-100 align-top">
              <td className="px-2 py-1 tabular-nums">{issue.row ?? "—"}</td>
              <td className="px-2 py-1 font-mono"><bdi className="whitespace-nowrap">{issue.customerId || "—"}</bdi></td>
              <td className="px-2 py-1 font-mono"><span dir="ltr">{issue.column ?? "—"}</span></td>
              <td className="max-w-48 px-2 py-1 font-mono [overflow-wrap:anywhere]">{issue.value === "" ? <span className="text-slate-600">{t("upload.empty")}</span> : <bdi className={WHOLE.test(issue.value) ? "whitespace-nowrap" : undefined}>{issue.value}</bdi>}</td>
              <td className="px-2 py-1">
                {issue.severity === "warning" ? t("upload.warningPrefix") : ""}{issue.message}
                <span className="block font-mono text-slate-600"><span dir="ltr">{issue.code}</span></span>
              </td>
              <td className="px-2 py-1 text-slate-600">{issue.hint}</td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
