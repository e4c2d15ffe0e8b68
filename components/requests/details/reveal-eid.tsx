"use client";
import { useMutation } from "@tanstack/react-query";
import { api } from "./api";
import { errorText } from "./query-state";
import { useTranslations } from "@/lib/i18n/client";

type Props = { requestId: string; customerId: string; masked: string | null; canReveal: boolean };

/**
 * The masked Emirates ID, and for approvers a Reveal that asks the server (which audits it).
 * The revealed number lives only in this mutation's state, never in the query cache.
 */
export function RevealEid({ requestId, customerId, masked, canReveal }: Props) {
  const t = useTranslations("details");
  const reveal = useMutation({ mutationFn: () => api.reveal(requestId, customerId) });
  if (!masked) return <>—</>;
  const shown = reveal.data?.emiratesIdNumber;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span dir="ltr" className="font-mono">{shown ?? masked}</span>
      {canReveal && (
        <button
          type="button"
          onClick={() => (shown ? reveal.reset() : reveal.mutate())}
          disabled={reveal.isPending}
          className="text-xs font-medium text-brand-700 hover:underline disabled:text-slate-400"
        >
          {reveal.isPending ? t("revealing") : shown ? t("hide") : t("reveal")}
        </button>
      )}
      {reveal.isError && <span role="alert" className="basis-full text-xs text-red-700">{errorText(reveal.error)}</span>}
    </span>
  );
}
