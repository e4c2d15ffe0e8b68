import type { WordedIssue } from "@/lib/csv/issue";
import { useTranslations } from "next-intl";

/** The problem that stopped the check (BOM, wrong delimiter, a renamed workbook…): said loudly, with the fix. */
export function FileErrorCallout({ issue }: { issue: WordedIssue }) {
  const t = useTranslations("upload");
  return (
    <div role="alert" className="rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">
        {issue.message}
        {issue.row !== null && <span className="font-normal"> {t("line", { row: issue.row })}</span>}
      </p>
      <p className="mt-1"><span className="font-medium">{t("howToFixLabel")}</span>{issue.hint}</p>
      <p className="mt-1 font-mono text-xs text-red-700"><span dir="ltr">{issue.code}</span></p>
    </div>
  );
}
