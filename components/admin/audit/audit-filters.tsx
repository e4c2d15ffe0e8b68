"use client";
import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { OrganizationDto } from "@/lib/admin/organizations/contracts";
import { KNOWN_AUDIT_ACTIONS } from "@/lib/audit/contracts";
import { InputField, SelectField } from "../shared/field";
import { EMPTY_FILTER, type AuditForm } from "./use-audit";

type Props = { organizations: OrganizationDto[]; onApply: (filter: AuditForm) => void };

/** The search form: applied on submit (not per keystroke), so every search is one request. */
export function AuditFilters({ organizations, onApply }: Props) {
  const actions = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply(Object.fromEntries(Object.keys(EMPTY_FILTER).map((k) => [k, String(data.get(k) ?? "").trim()])) as AuditForm);
  }

  return (
    <form role="search" aria-label="Filter the audit log" onSubmit={submit} onReset={() => onApply(EMPTY_FILTER)} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm md:grid-cols-3">
      <SelectField label="Organization" name="organizationId" defaultValue="">
        <option value="">All</option>
        {organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
      </SelectField>
      <InputField label="User (email)" name="actor" type="search" maxLength={320} />
      <InputField label="Action" name="action" list={actions} maxLength={100} hint='Starts with, e.g. "admin.user." or "auth.sign-in".' />
      <datalist id={actions}>{KNOWN_AUDIT_ACTIONS.map((a) => <option key={a} value={a} />)}</datalist>
      <SelectField label="Outcome" name="outcome" defaultValue="">
        <option value="">Any</option>
        <option value="SUCCESS">Success</option>
        <option value="DENIED">Denied</option>
        <option value="FAILURE">Failure</option>
      </SelectField>
      <InputField label="From (UTC date)" name="from" type="date" />
      <InputField label="To (UTC date)" name="to" type="date" />
      <div className="flex gap-2 md:col-span-3">
        <Button type="submit">Apply filters</Button>
        <Button type="reset" variant="secondary">Clear</Button>
      </div>
    </form>
  );
}
