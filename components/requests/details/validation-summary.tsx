import { ruleText } from "@/components/requests/upload/report-text";
import type { ValidationSummary as Summary } from "@/lib/requests/contracts";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

/** The server's re-validation: totals, then how often each rule fired. */
export function ValidationSummary({ validation }: { validation: Summary | null }) {
  const t = useTranslations("details");
  const tAll = useTranslations();
  const f = useFormat();
  if (!validation) return <p className="text-sm text-slate-600">{t("noValidationSummary")}</p>;
  const counts = Object.entries(validation.counts).filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a);
  return (
    <div className="space-y-2 text-sm">
      <p>
        {t("validRows", { valid: validation.validRows, rows: validation.rows, errors: validation.errorCount, warnings: validation.warningCount })}
      </p>
      {counts.length > 0 && (
        <table className="w-full text-start">
          <caption className="sr-only">{t("issuesPerRule")}</caption>
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pe-4 font-medium">{t("rule")}</th>
              <th scope="col" className="py-1 text-end font-medium">{t("count")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map(([code, n]) => (
              <tr key={code} className="border-t border-slate-100">
                <td className="py-1 pe-4">
                  <span dir="ltr" className="font-mono text-xs text-slate-600">{code}</span> {ruleText(code, tAll)}
                </td>
                <td className="py-1 text-end tabular-nums">{f.count(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
