"use client";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { changeRolesBody, rolesProblem, type UserDto } from "@/lib/admin/users/contracts";
import { FormAlert } from "../shared/form-alert";
import { useErrorText, useIssueText } from "@/components/ui/error-text";
import { validationIssues } from "@/lib/validation/issues";
import { RoleCheckboxes } from "./role-checkboxes";
import { useUserChange } from "./use-users";
import { useTranslations } from "next-intl";

/** Organization staff choose among uploader and approver; platform staff stay administrators. */
export function RolesForm({ user, onDone }: { user: UserDto; onDone: () => void }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const issueText = useIssueText();
  const change = useUserChange(user.id);
  const [problem, setProblem] = useState<string | null>(null);
  const choices = user.organization ? (["UPLOADER", "APPROVER"] as const) : (["ADMIN"] as const);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = changeRolesBody.safeParse({ roles: new FormData(event.currentTarget).getAll("roles") });
    const code = parsed.success ? rolesProblem(parsed.data.roles, user.organization !== null) : null;
    const issue = parsed.success ? (code && { code, values: {} }) : validationIssues(parsed.error)[0]!;
    setProblem(issue ? issueText(issue) : null);
    if (parsed.success && !issue) change.mutate({ kind: "roles", roles: parsed.data.roles }, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t("rolesOf", { email: user.email })} className="space-y-3" onKeyDown={(e) => e.key === "Escape" && onDone()}>
      <RoleCheckboxes roles={choices} checked={user.roles} legend={t("rolesOf", { email: user.email })} />
      <FormAlert message={problem ?? (change.error ? errorText(change.error) : null)} />
      <div className="flex gap-2">
        <Button type="submit" disabled={change.isPending}>{change.isPending ? t("saving") : t("saveRoles")}</Button>
        <Button type="button" variant="secondary" onClick={onDone}>{t("cancel")}</Button>
      </div>
    </form>
  );
}
