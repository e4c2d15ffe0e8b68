"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { createOrganizationBody } from "@/lib/admin/organizations/contracts";
import { InputField } from "../shared/field";
import { fieldErrors, summarize, type FieldErrors } from "../shared/field-errors";
import { FormAlert, FormStatus, messageOf } from "../shared/form-alert";
import { useCreateOrganization } from "./use-organizations";

export function CreateOrganizationForm({ defaultBaseUrl }: { defaultBaseUrl: string }) {
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
      <h2 id="create-organization" className="text-lg font-semibold">Create organization</h2>
      <div className="grid gap-3 md:grid-cols-2">
        <InputField label="Organization name" name="name" required maxLength={120} error={errors.name} />
        <InputField label="Digitization API base URL" name="digitizationBaseUrl" type="url" error={errors.digitizationBaseUrl} hint={`Optional. Empty uses the default: ${defaultBaseUrl}`} />
      </div>
      <FormAlert message={summarize(errors) ?? (create.error ? messageOf(create.error) : null)} />
      <FormStatus message={create.data && !create.isPending && !create.error ? `Organization "${create.data.name}" created.` : null} />
      <Button type="submit" disabled={create.isPending}>{create.isPending ? "Creating…" : "Create organization"}</Button>
    </form>
  );
}
