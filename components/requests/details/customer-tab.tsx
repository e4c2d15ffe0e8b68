"use client";
import { Ltr } from "@/components/ui/ltr";
import { businessErrorText } from "./business-error-text";
import { useQuery } from "@tanstack/react-query";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/http/fetch-json";
import { requestKeys } from "@/lib/requests/query-keys";
import { api } from "./api";
import { CustomerProfile } from "./customer-profile";
import { Empty, ErrorMessage, Loading } from "./query-state";
import { useTranslations } from "next-intl";

type Props = { requestId: string; customerId: string | null; onCustomer: (customerId: string) => void; canReveal: boolean };

/** The digitised KYC profile of one customer of the batch, chosen in Records or typed here. */
export function CustomerTab({ requestId, customerId, onCustomer, canReveal }: Props) {
  const t = useTranslations("details");
  const tAll = useTranslations();
  const { data, error, isPending } = useQuery({
    queryKey: requestKeys.customer(requestId, customerId ?? ""),
    queryFn: () => api.customer(requestId, customerId!),
    enabled: customerId !== null,
    // A digitised profile does not change; no need to ask the API again during the visit.
    staleTime: Infinity,
  });

  function lookUp(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("customerId") ?? "").trim();
    if (value) onCustomer(value);
  }

  return (
    <div className="space-y-4">
      <form key={customerId ?? ""} role="search" onSubmit={lookUp} className="flex items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">{t("customerId")}</span>
          <input name="customerId" dir="auto" defaultValue={customerId ?? ""} maxLength={200} className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        </label>
        <Button type="submit" variant="secondary" className="py-1.5">{t("showProfile")}</Button>
      </form>
      {customerId === null ? (
        <Empty>{t("chooseRecord")}</Empty>
      ) : isPending ? (
        <Loading label={t("loadingProfile")} />
      ) : !data && error instanceof ApiError && error.status === 404 ? (
        // An expected answer, not a fault: no reference to quote, only what to do next.
        <p role="status" className="rounded-md bg-slate-50 p-4 text-sm text-slate-700" data-testid="customer-not-found">
          {t("customerNotInBatch", { id: `\u2068${customerId}\u2069` })}
        </p>
      ) : !data ? (
        <ErrorMessage error={error} />
      ) : data.kind === "record_failed" ? (
        <div role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
          {/* The API's own summary is English; the codes below say the same in the user's language. */}
          <p className="font-medium">{t("notDigitised", { id: data.customerId })}.</p>
          <ul className="mt-1 list-disc ps-5">
            {data.businessErrors.map((e, i) => (
              <li key={i}><Ltr className="font-mono text-xs">{e.error}</Ltr> {businessErrorText(e.error, e.message, tAll)}{e.step && <> {t("atStep", { step: "" })}<Ltr>{e.step}</Ltr></>}</li>
            ))}
          </ul>
        </div>
      ) : (
        <CustomerProfile requestId={requestId} profile={data} canReveal={canReveal} />
      )}
    </div>
  );
}
