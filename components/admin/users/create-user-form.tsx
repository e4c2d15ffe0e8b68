"use client";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import type { OrganizationDto } from "@/lib/admin/organizations/contracts";
import { ROLES, createUserBody } from "@/lib/admin/users/contracts";
import { InputField, SelectField } from "../shared/field";
import { useFieldErrors, type FieldErrors } from "../shared/field-errors";
import { FormAlert, FormStatus } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { generatePassword } from "./generate-password";
import { RoleCheckboxes } from "./role-checkboxes";
import { useCreateUser } from "./use-users";
import { useTranslations } from "next-intl";

export function CreateUserForm({ organizations }: { organizations: OrganizationDto[] }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const { fieldErrors, summarize } = useFieldErrors();
  const create = useCreateUser();
  const [errors, setErrors] = useState<FieldErrors>({});
  const password = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const parsed = createUserBody.safeParse({
      email: data.get("email"), name: data.get("name"), organizationId: data.get("organizationId") || null,
      roles: data.getAll("roles"), password: data.get("password"),
    });
    create.reset();
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    create.mutate(parsed.data, { onSuccess: () => form.reset() });
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="create-user" className="space-y-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="create-user" className="text-lg font-semibold">{t("createUser")}</h2>
      <div className="grid gap-3 md:grid-cols-2">
        <InputField label={t("email")} name="email" type="email" autoComplete="off" required error={errors.email} />
        <InputField label={t("fullName")} name="name" autoComplete="off" required error={errors.name} />
        <SelectField label={t("organization")} name="organizationId" defaultValue="" error={errors.organizationId} hint={t("orgHint")}>
          <option value="">{t("noneAdmin")}</option>
          {organizations.map((o) => <option key={o.id} value={o.id} dir="auto">{o.name}{o.status === "SUSPENDED" ? t("suspendedSuffix") : ""}</option>)}
        </SelectField>
        <RoleCheckboxes roles={ROLES} error={errors.roles} />
        <div className="flex items-end gap-2 md:col-span-2">
          <InputField
            ref={password}
            className="flex-1"
            label={t("oneTimePassword")}
            name="password"
            autoComplete="off"
            spellCheck={false}
            required
            error={errors.password}
            hint={t("otpHint")}
          />
          <Button type="button" variant="secondary" className="mb-6" onClick={() => password.current && (password.current.value = generatePassword())}>
            {t("generate")}
          </Button>
        </div>
      </div>
      <FormAlert message={summarize(errors) ?? (create.error ? errorText(create.error) : null)} />
      <FormStatus message={create.data ? t("userCreated", { email: create.data.email }) : null} />
      <Button type="submit" disabled={create.isPending}>{create.isPending ? t("creating") : t("createUser")}</Button>
    </form>
  );
}
