import type { ErroredPageDto } from "@/lib/batches/contracts";
import { Ltr } from "@/components/ui/ltr";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { businessErrorText } from "./business-error-text";

type Item = ErroredPageDto["items"][number];

/** One failed record: each business error (code, message, step) above the row as uploaded. */
export function ErroredItemCard({ item }: { item: Item }) {
  const t = useTranslations("details");
  const tAll = useTranslations();
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium">{t("customerLabel", { id: "" })}<Ltr>{item.input.customer_id || "—"}</Ltr></p>
      <ul className="mt-2 space-y-1 text-sm">
        {item.businessErrors.map((e, i) => (
          <li key={i} className="flex flex-wrap gap-x-2">
            <Ltr className="font-mono text-xs font-semibold text-red-800">{e.error}</Ltr>
            <span>{businessErrorText(e.error, e.message, tAll) ?? t("noMessage")}</span>
            {e.step && <span className="text-xs text-slate-600">{t("atStep", { step: "" })}<Ltr>{e.step}</Ltr></span>}
          </li>
        ))}
      </ul>
      <ScrollRegion label={t("rowAsUploaded")} className="mt-2 overflow-x-auto">
        <table className="min-w-full text-start text-xs">
          <caption className="sr-only">{t("rowAsUploaded")}</caption>
          <thead className="text-slate-600">
            <tr>{TEMPLATE_COLUMNS.map((c) => <th key={c} scope="col" className="whitespace-nowrap px-2 py-1 text-start font-medium"><Ltr>{c}</Ltr></th>)}</tr>
          </thead>
          <tbody>
            <tr className="font-mono">{TEMPLATE_COLUMNS.map((c) => <td key={c} className="whitespace-nowrap px-2 py-1">{(c === "name_on_eid" ? <bdi>{item.input[c] || "—"}</bdi> : <Ltr>{item.input[c] || "—"}</Ltr>)}</td>)}</tr>
          </tbody>
        </table>
      </ScrollRegion>
    </li>
  );
}
