import type { RecordDto } from "@/lib/batches/contracts";
import { RecordStatusBadge } from "./status-badge";
import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ui/scroll-region";

const dash = (v: string | null) => v ?? "—";

/** One page of records; a successful record's customer id opens its profile. */
export function RecordsTable({ records, onCustomer }: { records: RecordDto[]; onCustomer: (customerId: string) => void }) {
  const t = useTranslations("details");
  return (
    <ScrollRegion label={t("processedRecords")} className="overflow-x-auto">
      <table className="min-w-full text-start text-sm">
        <caption className="sr-only">{t("processedRecords")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {(["customerId", "status", "eid", "name", "dob", "issued", "expires", "onboarded", "errors"] as const).map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 text-start font-medium">{t(`col_${h}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((r, i) => (
            <tr key={r.id ?? i} className="border-t border-slate-100">
              <td className="whitespace-nowrap px-3 py-2">
                {r.status === "success" && r.customerId ? (
                  <button type="button" onClick={() => onCustomer(r.customerId!)} className="font-medium text-brand-700 hover:underline" aria-label={t("openProfile", { id: r.customerId })}>
                    {r.customerId}
                  </button>
                ) : (
                  dash(r.customerId)
                )}
              </td>
              <td className="px-3 py-2"><RecordStatusBadge status={r.status} /></td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs"><span dir="ltr">{dash(r.documentNumberMasked)}</span></td>
              <td className="whitespace-nowrap px-3 py-2"><bdi>{dash(r.nameOnDocument)}</bdi></td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.dateOfBirth)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.issueDate)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.expiryDate)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.onboardingDate)}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.businessErrors.map((e) => e.error).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
