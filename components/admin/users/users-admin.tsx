"use client";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { InputField, SelectField } from "../shared/field";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { EmptyRow, Table } from "../shared/table";
import { useOrganizations } from "../organizations/use-organizations";
import { CreateUserForm } from "./create-user-form";
import { UserRow } from "./user-row";
import { useUsers } from "./use-users";
import { useTranslations } from "next-intl";

const HEADERS = ["user", "organization", "roles", "status", "lastSignIn", "actions"] as const;
const PAGE_SIZE = 25;

export function UsersAdmin() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const [filter, setFilter] = useState({ organizationId: "", q: "", page: 1 });
  const organizations = useOrganizations();
  const users = useUsers({ ...filter, pageSize: PAGE_SIZE });
  const orgs = organizations.data?.organizations ?? [];
  const pages = Math.max(1, Math.ceil((users.data?.total ?? 0) / PAGE_SIZE));

  return (
    <div className="mt-4 space-y-6">
      <CreateUserForm organizations={orgs} />
      <div role="search" className="flex flex-wrap items-end gap-3">
        <SelectField label={t("filterByOrg")} value={filter.organizationId} onChange={(e) => setFilter({ ...filter, organizationId: e.target.value, page: 1 })}>
          <option value="">{t("all")}</option>
          {orgs.map((o) => <option key={o.id} value={o.id} dir="auto">{o.name}</option>)}
        </SelectField>
        <InputField label={t("searchUsers")} type="search" value={filter.q} maxLength={100} onChange={(e) => setFilter({ ...filter, q: e.target.value, page: 1 })} />
      </div>
      <FormAlert message={users.error ? errorText(users.error) : organizations.error ? errorText(organizations.error) : null} />
      <Table caption={t("usersCaption")} headers={HEADERS.map((h) => t(`userCol_${h}`))}>
        {users.isPending && <EmptyRow columns={HEADERS.length}>{t("loadingUsers")}</EmptyRow>}
        {users.data?.users.length === 0 && <EmptyRow columns={HEADERS.length}>{t("noUsers")}</EmptyRow>}
        {users.data?.users.map((u) => <UserRow key={u.id} user={u} />)}
      </Table>
      <nav aria-label={t("pagination")} className="flex items-center gap-3 text-sm">
        <Button variant="secondary" className="px-3 py-1" disabled={filter.page <= 1} onClick={() => setFilter({ ...filter, page: filter.page - 1 })}>{t("previous")}</Button>
        <span aria-live="polite">{t("usersPage", { page: filter.page, pages, total: users.data?.total ?? 0 })}</span>
        <Button variant="secondary" className="px-3 py-1" disabled={filter.page >= pages} onClick={() => setFilter({ ...filter, page: filter.page + 1 })}>{t("next")}</Button>
      </nav>
    </div>
  );
}
