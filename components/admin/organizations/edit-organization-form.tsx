"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { updateOrganizationBody, type OrganizationDto } from "@/lib/admin/organizations/contracts";
import { InputField } from "../shared/field";
import { useFieldErrors, type FieldErrors } from "../shared/field-errors";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useUpdateOrganization } from "./use-organizations";
import { useTranslations } from "next-intl";

type Props = { organization: OrganizationDto; defaultBaseUrl: string; onDone: () => void };

export function EditOrganizationForm({ organization, defaultBaseUrl, onDone }: Props) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const { fieldErrors, summarize } = useFieldErrors();
  const update = useUpdateOrganization(organization.id);
  const [errors, setErrors] = useState<FieldErrors>({});

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = updateOrganizationBody.safeParse({ name: data.get("name"), digitizationBaseUrl: data.get("digitizationBaseUrl") });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    update.mutate(parsed.data, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("editOrg", { name: organization.name })} className="space-y-3" onKeyDown={(e) => e.key === "Escape" && onDone()}>
      <div className="grid gap-3 md:grid-cols-2">
        <InputField label={t("orgName")} name="name" defaultValue={organization.name} required maxLength={120} error={errors.name} autoFocus />
        <InputField
          label={t("baseUrl")}
          name="digitizationBaseUrl"
          type="url"
          defaultValue={organization.digitizationBaseUrl ?? ""}
          error={errors.digitizationBaseUrl}
          hint={t("baseUrlHint", { url: defaultBaseUrl })}
        />
      </div>
      <FormAlert message={summarize(errors) ?? (update.error ? errorText(update.error) : null)} />
      <div className="flex gap-2">
        <Button type="submit" disabled={update.isPending}>{update.isPending ? t("saving") : t("save")}</Button>
        <Button type="button" variant="secondary" onClick={onDone}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
