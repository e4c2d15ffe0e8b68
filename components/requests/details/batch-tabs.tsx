"use client";
import { directionOf, languageOf } from "@/lib/i18n/config";
import { useId, useRef, type KeyboardEvent } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { CustomerTab } from "./customer-tab";
import { ErroredTab } from "./errored-tab";
import { RecordsTab } from "./records-tab";
import type { DetailsPermissions } from "./request-details";
import { SummaryTab } from "./summary-tab";
import { useLocale, useTranslations } from "next-intl";

export type TabId = "records" | "errored" | "profile" | "summary";
const ALL_TABS: TabId[] = ["records", "errored", "profile", "summary"];
/** Without access to customer data (platform administrators) only the counts remain. */
const COUNTS_ONLY: TabId[] = ["summary"];

type Props = {
  tab: TabId;
  onTab: (tab: TabId) => void;
  detail: RequestDetail;
  can: DetailsPermissions;
  customerId: string | null;
  onCustomer: (customerId: string) => void;
};

/** WAI-ARIA tabs: arrow keys, Home and End move between tabs; only the active one is in the tab order. */
export function BatchTabs({ tab, onTab, detail, can, customerId, onCustomer }: Props) {
  const t = useTranslations("details");
  const rtl = directionOf(languageOf(useLocale())) === "rtl";
  const base = useId();
  const refs = useRef(new Map<TabId, HTMLButtonElement>());
  const tabs = (can.customerData ? ALL_TABS : COUNTS_ONLY).map((id) => ({ id }));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((x) => x.id === tab);
    // Right to left, the next tab is on the left: the arrows follow what the eye sees.
    const forward = rtl ? "ArrowLeft" : "ArrowRight";
    const back = rtl ? "ArrowRight" : "ArrowLeft";
    const target = { [forward]: index + 1, [back]: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = tabs[(target + tabs.length) % tabs.length]!.id;
    onTab(next);
    refs.current.get(next)?.focus();
  }

  return (
    <section className="rounded-lg border border-slate-200 bg-white">
      <div role="tablist" aria-label={t("tabsLabel")} onKeyDown={onKeyDown} className="flex gap-1 overflow-x-auto border-b border-slate-200 px-3">
        {tabs.map((tab_) => (
          <button
            key={tab_.id}
            ref={(el) => {
              if (el) refs.current.set(tab_.id, el);
            }}
            id={`${base}-tab-${tab_.id}`}
            role="tab"
            type="button"
            aria-selected={tab === tab_.id}
            aria-controls={`${base}-panel-${tab_.id}`}
            tabIndex={tab === tab_.id ? 0 : -1}
            onClick={() => onTab(tab_.id)}
            className={`-mb-px whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium ${tab === tab_.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t(`tab_${tab_.id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${tab}`} aria-labelledby={`${base}-tab-${tab}`} tabIndex={0} className="p-5">
        {tab === "records" && <RecordsTab requestId={detail.id} onCustomer={onCustomer} />}
        {tab === "errored" && <ErroredTab detail={detail} canUpload={can.upload} canExport={can.exportErrored} />}
        {tab === "profile" && <CustomerTab requestId={detail.id} customerId={customerId} onCustomer={onCustomer} canReveal={can.reveal} />}
        {tab === "summary" && <SummaryTab requestId={detail.id} />}
      </div>
    </section>
  );
}
