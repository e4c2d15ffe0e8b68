import { formatCount } from "@/components/requests/format";
import { RULES } from "@/lib/csv/rule-catalogue";
import type { ValidationSummary as Summary } from "@/lib/requests/contracts";

const plural = (n: number, word: string) => `${formatCount(n)} ${word}${n === 1 ? "" : "s"}`;
const ruleText = (code: string) => (code in RULES ? RULES[code as keyof typeof RULES].message : code);

/** The server's re-validation: totals, then how often each rule fired. */
export function ValidationSummary({ validation }: { validation: Summary | null }) {
  if (!validation) return <p className="text-sm text-slate-500">No validation summary was recorded.</p>;
  const counts = Object.entries(validation.counts).filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a);
  return (
    <div className="space-y-2 text-sm">
      <p>
        {formatCount(validation.validRows)} of {formatCount(validation.rows)} rows valid · {plural(validation.errorCount, "error")} ·{" "}
        {plural(validation.warningCount, "warning")}
      </p>
      {counts.length > 0 && (
        <table className="w-full text-left">
          <caption className="sr-only">Issues per validation rule</caption>
          <thead className="text-xs text-slate-500">
            <tr>
              <th scope="col" className="py-1 pe-4 font-medium">Rule</th>
              <th scope="col" className="py-1 text-end font-medium">Count</th>
            </tr>
          </thead>
          <tbody>
            {counts.map(([code, n]) => (
              <tr key={code} className="border-t border-slate-100">
                <td className="py-1 pe-4">
                  <span className="font-mono text-xs text-slate-500">{code}</span> {ruleText(code)}
                </td>
                <td className="py-1 text-end tabular-nums">{formatCount(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
