"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { createOrganizationBody } from "@/lib/admin/organizations/contracts";
import { InputField } from "../shared/field";
import { useFieldErrors, type FieldErrors } from "../shared/field-errors";
import { FormAlert, FormStatus } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useCreateOrganization } from "./use-organizations";
import { useTranslations } from "next-intl";

export function CreateOrganizationForm({ defaultBaseUrl }: { defaultBaseUrl: string }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const { fieldErrors, summarize } = useFieldErrors();
  const create = useCreateOrganization();
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = createOrganizationBody.safeParse({ name: data.get("name"), digitizationBaseUrl: data.get("digitizationBaseUrl") });
    create.reset();
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-organization" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="create-organization" className="text-lg font-semibold">{t("createOrg")}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        <InputField label={t("orgName")} name="name" required maxLength={120} error={errors.name} />
        <InputField label={t("baseUrl")} name="digitizationBaseUrl" type="url" error={errors.digitizationBaseUrl} hint={t("baseUrlHintOptional", { url: defaultBaseUrl })} />
      </div>
      <FormAlert message={summarize(errors) ?? (create.error ? errorText(create.error) : null)} />
      <FormStatus message={create.data && !create.isPending && !create.error ? t("orgCreated", { name: create.data.name }) : null} />
      <Button type="submit" disabled={create.isPending}>{create.isPending ? t("creating") : t("createOrg")}</Button>
    </form>
  );
}
