"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { UserDto } from "@/lib/admin/users/contracts";
import { Badge } from "../shared/badge";
import { ConfirmButton } from "../shared/confirm-button";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useFormat } from "@/lib/i18n/use-format";
import { OneTimePasswordForm } from "./one-time-password-form";
import { RolesForm } from "./roles-form";
import { useUserChange } from "./use-users";
import { useTranslations } from "next-intl";

const COLUMNS = 6;

export function UserRow({ user: u }: { user: UserDto }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const f = useFormat();
  // One thing open per row: a form or the disable confirmation.
  const [open, setOpen] = useState<"roles" | "password" | "disable" | null>(null);
  const change = useUserChange(u.id);
  const close = () => setOpen(null);
  return (
    <>
      <tr className="border-t border-slate-100 align-top" data-testid={`user-${u.email}`}>
        <td data-label={t("userCol_user")} className="p-3">
          <p className="font-medium"><bdi>{u.name}</bdi>{u.isSelf && <span className="ms-1 text-slate-600">{t("you")}</span>}</p>
          <p className="text-slate-600"><bdi>{u.email}</bdi></p>
        </td>
        <td data-label={t("userCol_organization")} className="p-3">{u.organization ? <bdi>{u.organization.name}</bdi> : <span className="text-slate-600">{t("platform")}</span>}</td>
        <td data-label={t("userCol_roles")} className="p-3">{u.roles.map((r) => t(`role_${r}`)).join("، ")}</td>
        <td data-label={t("userCol_status")} className="p-3">
          <div className="flex flex-wrap gap-1">
            <Badge tone={u.status === "ACTIVE" ? "green" : "red"}>{u.status === "ACTIVE" ? t("active") : t("disabled")}</Badge>
            {u.mustChangePassword && <Badge tone="amber">{t("mustChange")}</Badge>}
            {u.locked && <Badge tone="amber">{t("locked")}</Badge>}
          </div>
        </td>
        <td data-label={t("userCol_lastSignIn")} className="p-3 whitespace-nowrap">{f.dateTime(u.lastSignInAt)}</td>
        <td data-label={t("userCol_actions")} className="p-3">
          {u.isSelf ? (
            <span className="text-xs text-slate-600">{t("selfManaged")}</span>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" className="px-3 py-1" onClick={() => setOpen("roles")} aria-label={t("changeRolesOf", { email: u.email })}>{t("rolesBtn")}</Button>
              <Button variant="secondary" className="px-3 py-1" onClick={() => setOpen("password")} aria-label={t("setOtpFor", { email: u.email })}>{t("passwordBtn")}</Button>
              {u.status === "ACTIVE" ? (
                <ConfirmButton asking={open === "disable"} onAsking={(asking) => setOpen(asking ? "disable" : null)} label={t("disable")} confirmLabel={t("disableUser", { email: u.email })} pending={change.isPending} onConfirm={() => change.mutate({ kind: "disable" })} />
              ) : (
                <Button variant="secondary" className="px-3 py-1" disabled={change.isPending} onClick={() => change.mutate({ kind: "enable" })}>{t("enable")}</Button>
              )}
            </div>
          )}
          <FormAlert message={change.error ? errorText(change.error) : null} />
        </td>
      </tr>
      {(open === "roles" || open === "password") && (
        <tr className="bg-slate-50">
          <td colSpan={COLUMNS} className="p-3">
            {open === "roles" ? <RolesForm user={u} onDone={close} /> : <OneTimePasswordForm user={u} onDone={close} />}
          </td>
        </tr>
      )}
    </>
  );
}
