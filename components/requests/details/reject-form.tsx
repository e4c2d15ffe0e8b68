"use client";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { rejectRequestBody } from "@/lib/requests/contracts";
import { useTranslations } from "next-intl";

type Props = { pending: boolean; onReject: (reason: string) => void; onCancel: () => void };

/** The reason is required and checked with the server's own schema before sending. */
export function RejectForm({ pending, onReject, onCancel }: Props) {
  const t = useTranslations("details");
  const tc = useTranslations("common");
  const id = useId();
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = rejectRequestBody.safeParse({ reason: new FormData(event.currentTarget).get("reason") });
    // The schema's rule, the catalogue's words: a reason too long, else too short (or missing).
    if (!parsed.success) return setProblem(t(parsed.error.issues[0]?.code === "too_big" ? "reasonTooLong" : "reasonTooShort"));
    setProblem(null);
    onReject(parsed.data.reason);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">{t("rejectReason")}</label>
      <textarea
        id={id}
        name="reason"
        rows={3}
        maxLength={1000}
        aria-invalid={problem !== null}
        aria-describedby={problem ? `${id}-error` : undefined}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
      />
      {problem && <p id={`${id}-error`} className="text-sm text-red-700">{t("rejectReason")}: {problem}.</p>}
      <div className="flex gap-2">
        <Button type="submit" variant="danger" disabled={pending}>{pending ? t("rejecting") : t("reject")}</Button>
        <Button type="button" variant="secondary" onClick={onCancel}>{tc("cancel")}</Button>
      </div>
    </form>
  );
}
