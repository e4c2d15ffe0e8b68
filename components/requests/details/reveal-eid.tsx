"use client";
import { Ltr } from "@/components/ui/ltr";
import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api } from "./api";
import { useErrorText } from "@/components/ui/error-text";
import { useTranslations } from "next-intl";

type Props = { requestId: string; customerId: string; masked: string | null; canReveal: boolean };

/**
 * The masked Emirates ID, and for approvers a Reveal that asks for a reason and asks the server
 * (which audits both). The revealed number lives only in this mutation's state, never in the
 * query cache.
 */
export function RevealEid({ requestId, customerId, masked, canReveal }: Props) {
  const t = useTranslations("details");
  const errorText = useErrorText();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState("");
  const reveal = useMutation({ mutationFn: () => api.reveal(requestId, customerId, reason.trim()) });
  if (!masked) return <>—</>;
  const shown = reveal.data?.emiratesIdNumber;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reveal.mutate(undefined, { onSuccess: () => setAsking(false) });
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Ltr className="font-mono">{shown ?? masked}</Ltr>
      {canReveal && !asking && (
        <button
          type="button"
          onClick={() => (shown ? (reveal.reset(), setReason("")) : setAsking(true))}
          className="text-xs font-medium text-brand-700 hover:underline"
        >
          {shown ? t("hide") : t("reveal")}
        </button>
      )}
      {canReveal && asking && (
        <form onSubmit={submit} className="flex basis-full flex-wrap items-end gap-2">
          <label className="text-xs text-slate-700">
            {t("revealReason")}
            <input
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              minLength={5}
              maxLength={500}
              required
              autoFocus
              className="ms-2 rounded-md border border-slate-300 px-2 py-1 text-sm"
            />
          </label>
          <button type="submit" disabled={reveal.isPending || reason.trim().length < 5} className="text-xs font-medium text-brand-700 hover:underline disabled:text-slate-400">
            {reveal.isPending ? t("revealing") : t("reveal")}
          </button>
          <button type="button" onClick={() => setAsking(false)} className="text-xs font-medium text-slate-600 hover:underline">
            {t("revealCancel")}
          </button>
        </form>
      )}
      {reveal.isError && <span role="alert" className="basis-full text-xs text-red-700">{errorText(reveal.error)}</span>}
    </span>
  );
}
