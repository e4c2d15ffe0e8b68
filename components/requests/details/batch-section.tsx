"use client";
import { useState } from "react";
import type { RequestDetail } from "@/lib/requests/contracts";
import { BatchStatusPanel } from "./batch-status-panel";
import { BatchTabs, type TabId } from "./batch-tabs";
import type { DetailsPermissions, PollSettings } from "./request-details";
import { useBatchStatus } from "./use-batch-status";

/** Everything that exists once the request has a batch id: its status and the record views. */
export function BatchSection({ detail, can, poll }: { detail: RequestDetail; can: DetailsPermissions; poll: PollSettings }) {
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
      <BatchTabs
        tab={tab}
        onTab={setTab}
        detail={detail}
        can={can}
        customerId={customerId}
        onCustomer={openProfile}
      />
    </>
  );
}
