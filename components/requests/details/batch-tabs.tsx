"use client";
import { useId, useRef, type KeyboardEvent } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { CustomerTab } from "./customer-tab";
import { ErroredTab } from "./errored-tab";
import { RecordsTab } from "./records-tab";
import type { DetailsPermissions } from "./request-details";
import { SummaryTab } from "./summary-tab";

export type TabId = "records" | "errored" | "profile" | "summary";
const TABS: { id: TabId; label: string }[] = [
  { id: "records", label: "Records" },
  { id: "errored", label: "Errored records" },
  { id: "profile", label: "Customer profile" },
  { id: "summary", label: "Summary chart" },
];

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
  const base = useId();
  const refs = useRef(new Map<TabId, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const index = TABS.findIndex((t) => t.id === tab);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = TABS[(target + TABS.length) % TABS.length]!.id;
    onTab(next);
    refs.current.get(next)?.focus();
  }

  return (
    <section className="rounded-lg border border-slate-200 bg-white">
      <div role="tablist" aria-label="Batch records" onKeyDown={onKeyDown} className="flex gap-1 overflow-x-auto border-b border-slate-200 px-3">
        {TABS.map((t) => (
          <button
            key={t.id}
            ref={(el) => {
              if (el) refs.current.set(t.id, el);
            }}
            id={`${base}-tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls={`${base}-panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => onTab(t.id)}
            className={`-mb-px whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium ${tab === t.id ? "border-brand-600 text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${base}-panel-${tab}`} aria-labelledby={`${base}-tab-${tab}`} tabIndex={0} className="p-5">
        {tab === "records" && <RecordsTab requestId={detail.id} onCustomer={onCustomer} />}
        {tab === "errored" && <ErroredTab detail={detail} canUpload={can.upload} />}
        {tab === "profile" && <CustomerTab requestId={detail.id} customerId={customerId} onCustomer={onCustomer} canReveal={can.reveal} />}
        {tab === "summary" && <SummaryTab requestId={detail.id} />}
      </div>
    </section>
  );
}
