"use client";
import { EmptyRow, Table } from "../shared/table";
import { FormAlert, messageOf } from "../shared/form-alert";
import { CreateOrganizationForm } from "./create-organization-form";
import { OrganizationRow } from "./organization-row";
import { useOrganizations } from "./use-organizations";

const HEADERS = ["Name", "Status", "Digitization API", "Users", "Active key", "Actions"];

export function OrganizationsAdmin() {
  const { data, error, isPending } = useOrganizations();
  if (isPending) return <p className="mt-4 text-sm text-slate-600">Loading organizations…</p>;
  if (error) return <FormAlert message={messageOf(error)} />;
  return (
    <div className="mt-4 space-y-6">
      <CreateOrganizationForm defaultBaseUrl={data.defaultBaseUrl} />
      <Table caption="Client organizations" headers={HEADERS}>
        {data.organizations.length === 0 && <EmptyRow columns={HEADERS.length}>No organizations yet.</EmptyRow>}
        {data.organizations.map((o) => <OrganizationRow key={o.id} organization={o} defaultBaseUrl={data.defaultBaseUrl} />)}
      </Table>
    </div>
  );
}
