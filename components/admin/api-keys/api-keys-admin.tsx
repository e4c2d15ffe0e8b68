"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "../shared/field";
import { FormAlert, messageOf } from "../shared/form-alert";
import { utc } from "../shared/format";
import { useOrganizations } from "../organizations/use-organizations";
import { ApiKeyTable } from "./api-key-table";
import { KeyActions } from "./key-actions";
import { OneTimeSecret } from "./one-time-secret";
import { useApiKeys, useGenerateKey, useRevokeKey, useRotateKey } from "./use-api-keys";

export function ApiKeysAdmin() {
  const [organizationId, setOrganizationId] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const organizations = useOrganizations();
  const keys = useApiKeys(organizationId);
  const generate = useGenerateKey();
  const rotate = useRotateKey();
  const revoke = useRevokeKey();
  const issued = generate.data ?? rotate.data;
  const failure = generate.error ?? rotate.error ?? revoke.error ?? keys.error;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    [generate, rotate, revoke].forEach((m) => m.reset());
    setProblem(organizationId ? null : "Choose an organization.");
    if (organizationId) generate.mutate(organizationId);
  }

  return (
    <div className="mt-4 space-y-6">
      <form onSubmit={submit} noValidate aria-labelledby="generate-key" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="generate-key" className="text-lg font-semibold">Generate a key</h2>
        <SelectField label="Organization" value={organizationId} onChange={(e) => setOrganizationId(e.target.value)} hint="The list below shows this organization's keys.">
          <option value="">All organizations</option>
          {organizations.data?.organizations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </SelectField>
        <Button type="submit" disabled={generate.isPending}>{generate.isPending ? "Generating…" : "Generate key"}</Button>
      </form>
      <FormAlert message={problem ?? (failure ? messageOf(failure) : null)} />
      {issued && (
        <OneTimeSecret
          secret={issued.secret}
          organizationName={issued.key.organizationName}
          {...(rotate.data ? { note: `The previous key keeps working until ${utc(rotate.data.previous.graceEndsAt)}.` } : {})}
          onDismiss={() => { generate.reset(); rotate.reset(); }}
        />
      )}
      {keys.data && (
        <ApiKeyTable
          keys={keys.data.keys}
          actions={(k) => (
            <KeyActions
              apiKey={k}
              pending={rotate.isPending || revoke.isPending}
              onRotate={(id) => { generate.reset(); revoke.reset(); rotate.mutate(id); }}
              onRevoke={(id) => { generate.reset(); rotate.reset(); revoke.mutate(id); }}
            />
          )}
        />
      )}
    </div>
  );
}
