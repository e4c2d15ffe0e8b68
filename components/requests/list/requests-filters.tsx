"use client";
import { useCallback } from "react";
import type { ApprovalStatus, FileStatus } from "@/lib/requests/contracts";
import { FilterSelect } from "./filter-select";
import type { ListParams } from "./list-params";
import { SearchBox } from "./search-box";
import { useTranslations } from "next-intl";

const FILE_STATUSES = ["Pending", "Uploaded", "Failed"] as const satisfies FileStatus[];
const APPROVAL_STATUSES = ["Pending Approval", "Approved", "Rejected", "Expired"] as const satisfies ApprovalStatus[];

type Props = {
  params: ListParams;
  /** Approvers get the "Awaiting my approval" filter (the sidebar links to it too). */
  canApprove: boolean;
  update: (patch: Partial<ListParams>, mode?: "push" | "replace") => void;
  /** Admins only: organizations seen in the current rows (there is no organizations endpoint for this yet). */
  organizations: { id: string; name: string }[] | null;
};

export function RequestsFilters({ params, update, organizations, canApprove }: Props) {
  const t = useTranslations("list");
  const ta = useTranslations("approvals");
  const ts = useTranslations("status");
  const onSearch = useCallback((q: string | undefined) => update({ q }, "replace"), [update]);
  return (
    <div className="flex flex-wrap items-end gap-3 p-4">
      <SearchBox value={params.q} onSearch={onSearch} />
      {canApprove && (
        <label className="flex items-center gap-2 self-center text-sm text-slate-800">
          <input type="checkbox" className="size-4" checked={params.awaiting === "me"} onChange={(e) => update({ awaiting: e.target.checked ? "me" : undefined })} />
          {ta("awaitingFilter")}
        </label>
      )}
      {/* Originals whose customers are not all digitized yet, across their corrections. */}
      <label className="flex items-center gap-2 self-center text-sm text-slate-800">
        <input type="checkbox" className="size-4" checked={params.failing === "1"} onChange={(e) => update({ failing: e.target.checked ? "1" : undefined })} />
        {t("stillFailingFilter")}
      </label>
      <FilterSelect
        label={t("fileStatus")} allLabel={t("allFileStatuses")} options={FILE_STATUSES.map((s) => ({ value: s, label: ts(s) }))} value={params.fileStatus}
        onChange={(v) => update({ fileStatus: v as FileStatus | undefined })}
      />
      <FilterSelect
        label={t("approvalStatus")} allLabel={t("allApprovalStatuses")} options={APPROVAL_STATUSES.map((s) => ({ value: s, label: ts(s) }))} value={params.approvalStatus}
        onChange={(v) => update({ approvalStatus: v as ApprovalStatus | undefined })}
      />
      {organizations && (
        <FilterSelect
          label={t("organization")} allLabel={t("allOrganizations")} value={params.organizationId}
          options={organizations.map((o) => ({ value: o.id, label: o.name }))}
          onChange={(organizationId) => update({ organizationId })}
        />
      )}
    </div>
  );
}
