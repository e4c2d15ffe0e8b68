"use client";
import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { InputField } from "@/components/admin/shared/field";
import { useFieldErrors, type FieldErrors } from "@/components/admin/shared/field-errors";
import { FormAlert, FormStatus } from "@/components/admin/shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { changeOwnPasswordBody, type ChangeOwnPasswordBody } from "@/lib/admin/account/contracts";
import { fetchJson } from "@/lib/http/fetch-json";
import { useTranslations } from "next-intl";

/** Changing the password ends every session, this one too: the user signs in again with it. */
export function ChangePasswordForm({ forced }: { forced: boolean }) {
  const t = useTranslations("account");
  const errorText = useErrorText();
  const { fieldErrors, summarize } = useFieldErrors();
  const [errors, setErrors] = useState<FieldErrors>({});
  const change = useMutation({ mutationFn: (body: ChangeOwnPasswordBody) => fetchJson<{ signedOut: true }>("/api/account/password", { method: "POST", json: body }) });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const parsed = changeOwnPasswordBody.safeParse(Object.fromEntries(["currentPassword", "newPassword", "confirmPassword"].map((k) => [k, data.get(k) ?? ""])));
    change.reset();
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    change.mutate(parsed.data);
  }

  if (change.isSuccess) {
    return (
      <div className="mt-4 max-w-md space-y-3">
        <FormStatus message={t("changed")} />
        <Button autoFocus onClick={() => signOut({ callbackUrl: "/login" })}>{t("signInAgain")}</Button>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-md space-y-3 rounded-lg bg-white p-4 shadow-sm">
      {forced && <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t("forcedNotice")}</p>}
      <InputField label={forced ? t("oneTimePassword") : t("currentPassword")} name="currentPassword" type="password" autoComplete="current-password" required error={errors.currentPassword} />
      <InputField label={t("newPassword")} name="newPassword" type="password" autoComplete="new-password" required error={errors.newPassword} hint={t("newPasswordHint")} />
      <InputField label={t("confirmPassword")} name="confirmPassword" type="password" autoComplete="new-password" required error={errors.confirmPassword} />
      <FormAlert message={summarize(errors) ?? (change.error ? errorText(change.error) : null)} />
      <Button type="submit" disabled={change.isPending}>{change.isPending ? t("saving") : t("passwordTitle")}</Button>
    </form>
  );
}
