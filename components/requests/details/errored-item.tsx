import type { ErroredPageDto } from "@/lib/batches/contracts";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ui/scroll-region";

type Item = ErroredPageDto["items"][number];

/** One failed record: each business error (code, message, step) above the row as uploaded. */
export function ErroredItemCard({ item }: { item: Item }) {
  const t = useTranslations("details");
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="text-sm font-medium">{t("customerLabel", { id: "" })}<bdi>{item.input.customer_id || "—"}</bdi></p>
      <ul className="mt-2 space-y-1 text-sm">
        {item.businessErrors.map((e, i) => (
          <li key={i} className="flex flex-wrap gap-x-2">
            <span dir="ltr" className="font-mono text-xs font-semibold text-red-800">{e.error}</span>
            <bdi>{e.message ?? t("noMessage")}</bdi>
            {e.step && <span className="text-xs text-slate-600">{t("atStep", { step: e.step })}</span>}
          </li>
        ))}
      </ul>
      <ScrollRegion label={t("rowAsUploaded")} className="mt-2 overflow-x-auto">
        <table className="min-w-full text-start text-xs">
          <caption className="sr-only">{t("rowAsUploaded")}</caption>
          <thead className="text-slate-600">
            <tr>{TEMPLATE_COLUMNS.map((c) => <th key={c} scope="col" className="whitespace-nowrap px-2 py-1 text-start font-medium">{c}</th>)}</tr>
          </thead>
          <tbody>
            <tr className="font-mono">{TEMPLATE_COLUMNS.map((c) => <td key={c} className="whitespace-nowrap px-2 py-1"><bdi>{item.input[c] || "—"}</bdi></td>)}</tr>
          </tbody>
        </table>
      </ScrollRegion>
    </li>
  );
}
