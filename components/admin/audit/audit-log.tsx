"use client";
import { useState } from "react";
import { AUDIT_PAGE_SIZES } from "@/lib/audit/contracts";
import { PageSizePager } from "../shared/page-size-pager";
import { FormAlert } from "../shared/form-alert";
import { useErrorText } from "@/components/ui/error-text";
import { useOrganizations } from "../organizations/use-organizations";
import { AuditFilters } from "./audit-filters";
import { AuditTable } from "./audit-table";
import { EMPTY_FILTER, toSearch, useAuditEvents, type AuditForm } from "./use-audit";
import { VerifyChain } from "./verify-chain";
import { useTranslations } from "next-intl";

export function AuditLog() {
  const t = useTranslations("admin");
  const errorText = useErrorText();
  const [filter, setFilter] = useState<AuditForm>(EMPTY_FILTER);
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState<number>(AUDIT_PAGE_SIZES[0]);
  const organizations = useOrganizations();
  const events = useAuditEvents(filter, page, pageSize);
  const pages = Math.max(1, Math.ceil((events.data?.total ?? 0) / pageSize));

  return (
    <div className="mt-4 space-y-4">
      <VerifyChain />
      <AuditFilters organizations={organizations.data?.organizations ?? []} onApply={(f) => { setFilter(f); setPage(1); }} />
      <div className="flex flex-wrap items-center gap-3 text-sm">
        {/* A plain link: the browser streams the download; the server audits the export. */}
        <a href={`/api/admin/audit/export?${toSearch(filter)}`} className="rounded-md border border-slate-300 bg-white px-3 py-1 font-medium text-slate-800 hover:bg-slate-50" download>
          {t("exportCsv")}
        </a>
        <span aria-live="polite">{events.data ? t("entriesPage", { total: events.data.total, page, pages }) : ""}</span>
      </div>
      <FormAlert message={events.error ? errorText(events.error) : null} />
      {events.isPending ? <p className="text-sm text-slate-600">{t("loadingEntries")}</p> : <AuditTable events={events.data?.events ?? []} />}
      <PageSizePager sizes={AUDIT_PAGE_SIZES} pageSize={pageSize} page={page} pages={pages} onPageSize={(n) => { setPageSize(n); setPage(1); }} onPage={setPage} />
    </div>
  );
}
