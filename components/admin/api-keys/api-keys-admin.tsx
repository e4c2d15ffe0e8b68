"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { SelectField } from "../shared/field";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useFormat } from "@/lib/i18n/use-format";
import { useOrganizations } from "../organizations/use-organizations";
import { ApiKeyTable } from "./api-key-table";
import { KeyActions } from "./key-actions";
import { OneTimeSecret } from "./one-time-secret";
import { useApiKeys, useGenerateKey, useRevokeKey, useRotateKey } from "./use-api-keys";
import { useTranslations } from "next-intl";

export function ApiKeysAdmin() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const f = useFormat();
  const [organizationId, setOrganizationId] = useState("");
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
    if (organizationId) generate.mutate(organizationId);
  }

  return (
    <div className="mt-4 space-y-6">
      <form onSubmit={submit} noValidate aria-labelledby="generate-key" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="generate-key" className="text-lg font-semibold">{t("generateKeyTitle")}</h2>
        <SelectField label={t("organization")} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)} hint={t("keysOrgHint")}>
          <option value="">{t("allOrgs")}</option>
          {organizations.data?.organizations.map((o) => <option key={o.id} value={o.id} dir="auto">{o.name}</option>)}
        </SelectField>
        {/* A key belongs to one organization: nothing to generate while "All organizations" is chosen. */}
        {organizationId ? (
          <Button type="submit" disabled={generate.isPending}>{generate.isPending ? t("generating") : t("generateKey")}</Button>
        ) : (
          <p className="text-sm text-slate-600" data-testid="choose-org-to-generate">{t("chooseOrgToGenerate")}</p>
        )}
      </form>
      <FormAlert message={failure ? errorText(failure) : null} />
      {issued && (
        <OneTimeSecret
          secret={issued.secret}
          organizationName={issued.key.organizationName}
          {...(rotate.data ? { note: t("previousWorks", { when: f.dateTime(rotate.data.previous.graceEndsAt) }) } : {})}
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
