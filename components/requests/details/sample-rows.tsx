"use client";
import { Ltr } from "@/components/ui/ltr";
import { useQuery } from "@tanstack/react-query";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { Empty, ErrorMessage, Loading } from "./query-state";
import { useTranslations } from "next-intl";
import { ScrollRegion } from "@/components/ui/scroll-region";

/** The approver's sample, shared by the table and the decision buttons (one request). */
export function useSampleRows(requestId: string) {
  return useQuery({ queryKey: requestKeys.sample(requestId), queryFn: () => api.sample(requestId) });
}

/** The first rows of the file as the server shows them to approvers (Emirates IDs masked there). */
export function SampleRows({ requestId }: { requestId: string }) {
  const t = useTranslations("details");
  const { data, error, isPending } = useSampleRows(requestId);
  if (isPending) return <Loading label={t("loadingSample")} />;
  if (!data) return <ErrorMessage error={error} />;
  if (data.rows.length === 0) return <Empty>{t("noSample")}</Empty>;
  return (
    <ScrollRegion label={t("sampleCaption")} className="overflow-x-auto">
      <table className="min-w-full text-start text-sm">
        <caption className="sr-only">{t("sampleCaption")}</caption>
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 text-start font-medium">{t("line")}</th>
            {TEMPLATE_COLUMNS.map((c) => <th key={c} scope="col" className="px-3 py-2 text-start font-medium"><Ltr>{c}</Ltr></th>)}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.row} className="border-t border-slate-100">
              <td className="px-3 py-2 tabular-nums text-slate-600">{r.row}</td>
              {TEMPLATE_COLUMNS.map((c) => <td key={c} className="whitespace-nowrap px-3 py-2">{/* Names follow their own script; IDs and dates read left to right in Arabic too. */}{(c === "name_on_eid" ? <bdi>{r.values[c] || "—"}</bdi> : <Ltr>{r.values[c] || "—"}</Ltr>)}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
