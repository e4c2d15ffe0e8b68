"use client";
import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { setPasswordBody, type UserDto } from "@/lib/admin/users/contracts";
import { InputField } from "../shared/field";
import { FormAlert } from "../shared/form-alert";
import { useErrorText, useIssueText } from "@/components/ui/error-text";
import { validationIssues } from "@/lib/validation/issues";
import { generatePassword } from "./generate-password";
import { useUserChange } from "./use-users";
import { useTranslations } from "next-intl";

/** A new one-time password: the user's sessions end and they must choose their own at next sign-in. */
export function OneTimePasswordForm({ user, onDone }: { user: UserDto; onDone: () => void }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const issueText = useIssueText();
  const change = useUserChange(user.id);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = setPasswordBody.safeParse({ password: new FormData(event.currentTarget).get("password") });
    setProblem(parsed.success ? null : issueText(validationIssues(parsed.error)[0]!));
    if (parsed.success) change.mutate({ kind: "password", password: parsed.data.password }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("otpFor", { email: user.email })} className="space-y-3" onKeyDown={(e) => e.key === "Escape" && onDone()}>
      <div className="flex items-end gap-2">
        <InputField ref={input} className="flex-1" label={t("otpFor", { email: user.email })} name="password" autoComplete="off" spellCheck={false} autoFocus />
        <Button type="button" variant="secondary" onClick={() => input.current && (input.current.value = generatePassword())}>{t("generate")}</Button>
      </div>
      <FormAlert message={problem ?? (change.error ? errorText(change.error) : null)} />
      <div className="flex gap-2">
        <Button type="submit" disabled={change.isPending}>{change.isPending ? t("saving") : t("setOtp")}</Button>
        <Button type="button" variant="secondary" onClick={onDone}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
