import type { ErroredPageDto } from "@/lib/batches/contracts";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { BusinessErrors } from "./business-errors";

type Item = ErroredPageDto["items"][number];

// The identifying columns first, then the errors, then the rest of the row as uploaded.
const LEADING = ["customer_id", "eid_number", "name_on_eid"] as const;
const TRAILING = TEMPLATE_COLUMNS.filter((c) => !(LEADING as readonly string[]).includes(c));

// The template's column names are codes and its values read left to right; a name is isolated as it is.
const Value = ({ column, value }: { column: string; value: string }) => (column === "name_on_eid" ? <bdi>{value}</bdi> : <Ltr>{value}</Ltr>);

/** One page of failed records: each row's business errors beside the row as it was uploaded. */
export function ErroredTable({ items }: { items: Item[] }) {
  const t = useTranslations("details");
  const errorsLabel = t("col_errors");
  return (
    <ScrollRegion label={t("erroredCaption")} className="overflow-x-auto">
      <table className="stack-table min-w-full text-start text-sm">
        <caption className="sr-only">{t("erroredCaption")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {LEADING.map((c) => <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium"><Ltr>{c}</Ltr></th>)}
            <th scope="col" className="min-w-72 px-3 py-2 text-start font-medium">{errorsLabel}</th>
            {TRAILING.map((c) => <th key={c} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium"><Ltr>{c}</Ltr></th>)}
          </tr>
        </thead>
        <tbody>
          {items.map((item, i) => (
            <tr key={i} className="border-t border-slate-100 align-top" data-testid="errored-row">
              {LEADING.map((c) => (
                <td key={c} data-label={c} className="whitespace-nowrap px-3 py-2 font-mono text-xs"><Value column={c} value={item.input[c] || "—"} /></td>
              ))}
              <td data-label={errorsLabel} className="min-w-72 px-3 py-2"><BusinessErrors errors={item.businessErrors} /></td>
              {TRAILING.map((c) => (
                <td key={c} data-label={c} className="whitespace-nowrap px-3 py-2 font-mono text-xs"><Value column={c} value={item.input[c] || "—"} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
