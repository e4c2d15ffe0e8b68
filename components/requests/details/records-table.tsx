import type { RecordDto } from "@/lib/batches/contracts";
import { Ltr } from "@/components/ui/ltr";
import { BusinessErrors } from "./business-errors";
import { RecordStatusBadge } from "./status-badge";
import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ui/scroll-region";

const dash = (v: string | null) => v ?? "—";
// Errors right after the status: on a desk the card dates may scroll, the reason never does.
const COLUMNS = ["customerId", "status", "errors", "eid", "name", "dob", "issued", "expires", "onboarded"] as const;

/** One page of records; a successful record's customer id opens its profile. */
export function RecordsTable({ records, onCustomer }: { records: RecordDto[]; onCustomer: (customerId: string) => void }) {
  const t = useTranslations("details");
  const label = Object.fromEntries(COLUMNS.map((c) => [c, t(`col_${c}`)])) as Record<(typeof COLUMNS)[number], string>;
  return (
    <ScrollRegion label={t("processedRecords")} className="overflow-x-auto">
      <table className="stack-table min-w-full text-start text-sm">
        <caption className="sr-only">{t("processedRecords")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {COLUMNS.map((h) => (
              <th key={h} scope="col" className={`px-3 py-2 text-start font-medium ${h === "errors" ? "min-w-64" : "whitespace-nowrap"}`}>{label[h]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((r, i) => (
            <tr key={r.id ?? i} className="border-t border-slate-100 align-top">
              <td data-label={label.customerId} className="whitespace-nowrap px-3 py-2">
                {r.status === "success" && r.customerId ? (
                  <button type="button" onClick={() => onCustomer(r.customerId!)} className="font-medium text-brand-700 hover:underline" aria-label={t("openProfile", { id: r.customerId })}>
                    <Ltr>{r.customerId}</Ltr>
                  </button>
                ) : (
                  <Ltr>{dash(r.customerId)}</Ltr>
                )}
              </td>
              <td data-label={label.status} className="px-3 py-2"><RecordStatusBadge status={r.status} /></td>
              <td data-label={label.errors} className="min-w-64 px-3 py-2"><BusinessErrors errors={r.businessErrors} /></td>
              <td data-label={label.eid} className="whitespace-nowrap px-3 py-2 font-mono text-xs"><Ltr>{dash(r.documentNumberMasked)}</Ltr></td>
              <td data-label={label.name} className="whitespace-nowrap px-3 py-2"><bdi>{dash(r.nameOnDocument)}</bdi></td>
              <td data-label={label.dob} className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.dateOfBirth)}</Ltr></td>
              <td data-label={label.issued} className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.issueDate)}</Ltr></td>
              <td data-label={label.expires} className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.expiryDate)}</Ltr></td>
              <td data-label={label.onboarded} className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.onboardingDate)}</Ltr></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
