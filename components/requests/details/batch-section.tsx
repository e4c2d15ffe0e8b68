"use client";
import { useState, type ReactNode } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { BatchStatusPanel } from "./batch-status-panel";
import { BatchTabs, type DetailsPermissions, type TabId } from "./batch-tabs";
import { useBatchStatus } from "./use-batch-status";

/** The refresh job's schedule, so the page re-reads the stored status when there is news. */
export type PollSettings = { firstDelayMs: number; intervalMs: number };

type Props = { detail: RequestDetail; can: DetailsPermissions; poll: PollSettings; children: ReactNode };

/**
 * Everything that exists once the request has a batch id, first things first: its status,
 * progress and times at the top, then `children` (the request card), then the record views.
 */
export function BatchSection({ detail, can, poll, children }: Props) {
  const state = useBatchStatus({ requestId: detail.id, submittedAt: detail.submittedAt, ...poll });
  const [tab, setTab] = useState<TabId>(can.customerData ? "records" : "summary");
  const [customerId, setCustomerId] = useState<string | null>(null);
  const openProfile = (id: string) => {
    setCustomerId(id);
    setTab("profile");
  };
  return (
    <>
      <BatchStatusPanel state={state} submittedAt={detail.submittedAt} />
      {children}
      <BatchTabs
        tab={tab}
        onTab={setTab}
        detail={detail}
        can={can}
        customerId={customerId}
        onCustomer={openProfile}
        failedTotal={state.query.data?.checkedAt ? state.query.data.totals.failed : null}
      />
    </>
  );
}
