import type { RecordDto } from "@/lib/batches/contracts";
import { Ltr } from "@/components/ui/ltr";
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
                    <Ltr>{r.customerId}</Ltr>
                  </button>
                ) : (
                  <Ltr>{dash(r.customerId)}</Ltr>
                )}
              </td>
              <td className="px-3 py-2"><RecordStatusBadge status={r.status} /></td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs"><Ltr>{dash(r.documentNumberMasked)}</Ltr></td>
              <td className="whitespace-nowrap px-3 py-2"><bdi>{dash(r.nameOnDocument)}</bdi></td>
              <td className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.dateOfBirth)}</Ltr></td>
              <td className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.issueDate)}</Ltr></td>
              <td className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.expiryDate)}</Ltr></td>
              <td className="whitespace-nowrap px-3 py-2"><Ltr>{dash(r.onboardingDate)}</Ltr></td>
              <td className="px-3 py-2 font-mono text-xs"><Ltr>{r.businessErrors.map((e) => e.error).join(", ") || "—"}</Ltr></td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
