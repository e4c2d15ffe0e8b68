"use client";
import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { OrganizationDto } from "@/lib/admin/organizations/contracts";
import { KNOWN_AUDIT_ACTIONS } from "@/lib/audit/contracts";
import { InputField, SelectField } from "../shared/field";
import { EMPTY_FILTER, type AuditForm } from "./use-audit";
import { useTranslations } from "next-intl";

type Props = { organizations: OrganizationDto[]; onApply: (filter: AuditForm) => void };

/** The search form: applied on submit (not per keystroke), so every search is one request. */
export function AuditFilters({ organizations, onApply }: Props) {
  const t = useTranslations("admin");
  const actions = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply(Object.fromEntries(Object.keys(EMPTY_FILTER).map((k) => [k, String(data.get(k) ?? "").trim()])) as AuditForm);
  }

  return (
    <form role="search" aria-label={t("filterAudit")} onSubmit={submit} onReset={() => onApply(EMPTY_FILTER)} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm md:grid-cols-3">
      <SelectField label={t("organization")} name="organizationId" defaultValue="">
        <option value="">{t("all")}</option>
        {organizations.map((o) => <option key={o.id} value={o.id} dir="auto">{o.name}</option>)}
      </SelectField>
      <InputField label={t("actorEmail")} name="actor" type="search" maxLength={320} />
      <InputField label={t("action")} name="action" list={actions} maxLength={100} hint={t("actionHint")} />
      <datalist id={actions}>{KNOWN_AUDIT_ACTIONS.map((a) => <option key={a} value={a} />)}</datalist>
      <SelectField label={t("outcome")} name="outcome" defaultValue="">
        <option value="">{t("any")}</option>
        <option value="SUCCESS">{t("outcome_SUCCESS")}</option>
        <option value="DENIED">{t("outcome_DENIED")}</option>
        <option value="FAILURE">{t("outcome_FAILURE")}</option>
      </SelectField>
      <InputField label={t("fromDate")} name="from" type="date" />
      <InputField label={t("toDate")} name="to" type="date" />
      <div className="flex gap-2 md:col-span-3">
        <Button type="submit">{t("applyFilters")}</Button>
        <Button type="reset" variant="secondary">{t("clear")}</Button>
      </div>
    </form>
  );
}
