"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ROLE_LABELS, type UserDto } from "@/lib/admin/users/contracts";
import { Badge } from "../shared/badge";
import { ConfirmButton } from "../shared/confirm-button";
import { FormAlert, messageOf } from "../shared/form-alert";
import { utc } from "../shared/format";
import { OneTimePasswordForm } from "./one-time-password-form";
import { RolesForm } from "./roles-form";
import { useUserChange } from "./use-users";

const COLUMNS = 6;

export function UserRow({ user: u }: { user: UserDto }) {
  const [open, setOpen] = useState<"roles" | "password" | null>(null);
  const change = useUserChange(u.id);
  const close = () => setOpen(null);
  return (
    <>
      <tr className="border-t border-slate-100 align-top" data-testid={`user-${u.email}`}>
        <td className="p-3">
          <p className="font-medium">{u.name}{u.isSelf && <span className="ms-1 text-slate-500">(you)</span>}</p>
          <p className="text-slate-600">{u.email}</p>
        </td>
        <td className="p-3">{u.organization?.name ?? <span className="text-slate-500">Platform</span>}</td>
        <td className="p-3">{u.roles.map((r) => ROLE_LABELS[r]).join(", ")}</td>
        <td className="p-3">
          <div className="flex flex-wrap gap-1">
            <Badge tone={u.status === "ACTIVE" ? "green" : "red"}>{u.status === "ACTIVE" ? "Active" : "Disabled"}</Badge>
            {u.mustChangePassword && <Badge tone="amber">Must change password</Badge>}
            {u.locked && <Badge tone="amber">Locked</Badge>}
          </div>
        </td>
        <td className="p-3 whitespace-nowrap">{utc(u.lastSignInAt)}</td>
        <td className="p-3">
          {u.isSelf ? (
            <span className="text-xs text-slate-500">Another administrator manages your account.</span>
          ) : (
            <div className="flex flex-wrap gap-2">
              <Button variant="secondary" className="px-3 py-1" onClick={() => setOpen("roles")} aria-label={`Change roles of ${u.email}`}>Roles</Button>
              <Button variant="secondary" className="px-3 py-1" onClick={() => setOpen("password")} aria-label={`Set one-time password for ${u.email}`}>Password</Button>
              {u.status === "ACTIVE" ? (
                <ConfirmButton label="Disable" confirmLabel={`Disable ${u.email}`} pending={change.isPending} onConfirm={() => change.mutate({ kind: "disable" })} />
              ) : (
                <Button variant="secondary" className="px-3 py-1" disabled={change.isPending} onClick={() => change.mutate({ kind: "enable" })}>Enable</Button>
              )}
            </div>
          )}
          <FormAlert message={change.error ? messageOf(change.error) : null} />
        </td>
      </tr>
      {open && (
        <tr className="bg-slate-50">
          <td colSpan={COLUMNS} className="p-3">
            {open === "roles" ? <RolesForm user={u} onDone={close} /> : <OneTimePasswordForm user={u} onDone={close} />}
          </td>
        </tr>
      )}
    </>
  );
}
