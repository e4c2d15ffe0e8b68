"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { OrganizationDto } from "@/lib/admin/organizations/contracts";
import { Badge } from "../shared/badge";
import { ConfirmButton } from "../shared/confirm-button";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { ApprovalPolicyForm } from "./approval-policy-form";
import { EditOrganizationForm } from "./edit-organization-form";
import { useOrganizationStatus } from "./use-organizations";
import { useTranslations } from "next-intl";

const COLUMNS = 6;

export function OrganizationRow({ organization: o, defaultBaseUrl }: { organization: OrganizationDto; defaultBaseUrl: string }) {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  // One thing open per row: the edit form or the suspend confirmation.
  const [open, setOpen] = useState<"edit" | "suspend" | null>(null);
  const editing = open === "edit";
  const setEditing = (on: boolean) => setOpen(on ? "edit" : null);
  const status = useOrganizationStatus(o.id);
  const suspended = o.status === "SUSPENDED";
  return (
    <>
      <tr className="border-t border-slate-100 align-top" data-testid={`organization-${o.id}`}>
        <td data-label={t("orgCol_name")} id={`org-${o.id}-name`} className="p-3 font-medium"><bdi>{o.name}</bdi></td>
        <td data-label={t("orgCol_status")} className="p-3"><Badge tone={suspended ? "red" : "green"}>{suspended ? t("suspended") : t("active")}</Badge></td>
        <td data-label={t("orgCol_api")} className="p-3 break-all">{o.digitizationBaseUrl ? <span dir="ltr">{o.digitizationBaseUrl}</span> : <span className="text-slate-600">{t("default")}</span>}</td>
        <td data-label={t("orgCol_users")} className="p-3">{o.userCount}</td>
        <td data-label={t("orgCol_key")} className="p-3 font-mono text-xs">{o.activeKey ? <span dir="ltr">{`${o.activeKey.prefix}…${o.activeKey.last4}`}</span> : <span className="font-sans text-slate-600">{t("none")}</span>}</td>
        <td data-label={t("orgCol_actions")} className="p-3">
          <div className="flex flex-wrap gap-2">
            <Button variant="secondary" className="px-3 py-1" onClick={() => setEditing(true)} aria-describedby={`org-${o.id}-name`}>{t("edit")}</Button>
            {suspended ? (
              <Button variant="secondary" className="px-3 py-1" disabled={status.isPending} onClick={() => status.mutate("reactivate")}>{t("reactivate")}</Button>
            ) : (
              <ConfirmButton asking={open === "suspend"} onAsking={(asking) => setOpen(asking ? "suspend" : null)} label={t("suspend")} confirmLabel={t("suspendOrg", { name: o.name })} pending={status.isPending} onConfirm={() => status.mutate("suspend")} />
            )}
          </div>
          <FormAlert message={status.error ? errorText(status.error) : null} />
        </td>
      </tr>
      {editing && (
        <tr className="bg-slate-50">
          <td colSpan={COLUMNS} className="p-3">
            <EditOrganizationForm organization={o} defaultBaseUrl={defaultBaseUrl} onDone={() => setEditing(false)} />
            <ApprovalPolicyForm organization={o} />
          </td>
        </tr>
      )}
    </>
  );
}
