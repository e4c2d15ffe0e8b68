"use client";
import { EmptyRow, Table } from "../shared/table";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { CreateOrganizationForm } from "./create-organization-form";
import { OrganizationRow } from "./organization-row";
import { useOrganizations } from "./use-organizations";
import { useTranslations } from "next-intl";

const HEADERS = ["name", "status", "api", "users", "key", "actions"] as const;

export function OrganizationsAdmin() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const { data, error, isPending } = useOrganizations();
  if (isPending) return <p className="mt-4 text-sm text-slate-600">{t("loadingOrgs")}</p>;
  if (error) return <FormAlert message={errorText(error)} />;
  return (
    <div className="mt-4 space-y-6">
      <CreateOrganizationForm defaultBaseUrl={data.defaultBaseUrl} />
      <Table caption={t("orgsCaption")} headers={HEADERS.map((h) => t(`orgCol_${h}`))}>
        {data.organizations.length === 0 && <EmptyRow columns={HEADERS.length}>{t("noOrgs")}</EmptyRow>}
        {data.organizations.map((o) => <OrganizationRow key={o.id} organization={o} defaultBaseUrl={data.defaultBaseUrl} />)}
      </Table>
    </div>
  );
}
