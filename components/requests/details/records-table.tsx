import type { RecordDto } from "@/lib/batches/contracts";
import { RecordStatusBadge } from "./status-badge";

const dash = (v: string | null) => v ?? "—";

/** One page of records; a successful record's customer id opens its profile. */
export function RecordsTable({ records, onCustomer }: { records: RecordDto[]; onCustomer: (customerId: string) => void }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm">
        <caption className="sr-only">Processed records</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {["Customer ID", "Status", "Emirates ID", "Name on card", "Date of birth", "Issued", "Expires", "Onboarded", "Errors"].map((h) => (
              <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {records.map((r, i) => (
            <tr key={r.id ?? i} className="border-t border-slate-100">
              <td className="whitespace-nowrap px-3 py-2">
                {r.status === "success" && r.customerId ? (
                  <button type="button" onClick={() => onCustomer(r.customerId!)} className="font-medium text-brand-700 hover:underline" aria-label={`Open the profile of customer ${r.customerId}`}>
                    {r.customerId}
                  </button>
                ) : (
                  dash(r.customerId)
                )}
              </td>
              <td className="px-3 py-2"><RecordStatusBadge status={r.status} /></td>
              <td className="whitespace-nowrap px-3 py-2 font-mono text-xs">{dash(r.documentNumberMasked)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.nameOnDocument)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.dateOfBirth)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.issueDate)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.expiryDate)}</td>
              <td className="whitespace-nowrap px-3 py-2">{dash(r.onboardingDate)}</td>
              <td className="px-3 py-2 font-mono text-xs">{r.businessErrors.map((e) => e.error).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
