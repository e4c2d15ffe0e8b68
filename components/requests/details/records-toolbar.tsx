"use client";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { RECORDS_PAGE_SIZES } from "@/lib/batches/contracts";
import type { RecordsParams } from "./api";
import { useTranslations } from "next-intl";

const FILTERS = [
  { value: undefined, label: "filterAll" },
  { value: "success", label: "record_success" },
  { value: "failure", label: "record_failure" },
] as const;

type Props = { params: RecordsParams; onChange: (patch: Partial<RecordsParams>) => void };

export function RecordsToolbar({ params, onChange }: Props) {
  const t = useTranslations("details");
  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const value = String(new FormData(event.currentTarget).get("customerId") ?? "").trim();
    onChange({ customerId: value || undefined });
  }

  return (
    <div className="flex flex-wrap items-end gap-4">
      <fieldset className="flex rounded-md border border-slate-300 text-sm" aria-label={t("filterByStatus")}>
        <legend className="sr-only">{t("filterByStatus")}</legend>
        {FILTERS.map((f) => (
          <button
            key={f.label}
            type="button"
            aria-pressed={params.status === f.value}
            onClick={() => onChange({ status: f.value })}
            className={`px-3 py-1.5 first:rounded-s-md last:rounded-e-md ${params.status === f.value ? "bg-brand-600 text-white" : "bg-white text-slate-700 hover:bg-slate-50"}`}
          >
            {t(f.label)}
          </button>
        ))}
      </fieldset>
      <form key={params.customerId ?? ""} role="search" onSubmit={search} className="flex items-end gap-2">
        <label className="text-sm">
          <span className="block font-medium text-slate-700">{t("customerId")}</span>
          <input name="customerId" dir="auto" defaultValue={params.customerId ?? ""} maxLength={200} className="mt-1 rounded-md border border-slate-300 px-3 py-1.5 text-sm" />
        </label>
        <Button type="submit" variant="secondary" className="py-1.5">{t("search")}</Button>
        {params.customerId && (
          <Button type="button" variant="ghost" className="py-1.5" onClick={() => onChange({ customerId: undefined })}>{t("clear")}</Button>
        )}
      </form>
      <label className="ms-auto text-sm">
        <span className="block font-medium text-slate-700">{t("rowsPerPage")}</span>
        <select
          value={params.limit}
          onChange={(e) => onChange({ limit: Number(e.target.value) })}
          className="mt-1 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
        >
          {RECORDS_PAGE_SIZES.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </label>
    </div>
  );
}
