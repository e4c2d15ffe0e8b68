"use client";
import type { RequestDetail } from "@/lib/requests/contracts";
import { CustomerTab } from "./customer-tab";
import { ErroredTab } from "./errored-tab";
import { RecordsTab } from "./records-tab";
import { SummaryTab } from "./summary-tab";
import { useTranslations } from "next-intl";
import { Tab, TabList, TabPanel, Tabs } from "@/components/ui/tabs";

/** What the signed-in user may do on View Details; the page decides it from their roles. */
export type DetailsPermissions = { upload: boolean; reveal: boolean; customerData: boolean; exportErrored: boolean };

export type TabId = "records" | "errored" | "profile" | "summary";
const ALL_TABS: readonly TabId[] = ["records", "errored", "profile", "summary"];
/** Without access to customer data (platform administrators) only the counts remain. */
const COUNTS_ONLY: readonly TabId[] = ["summary"];

type Props = {
  tab: TabId;
  onTab: (tab: TabId) => void;
  detail: RequestDetail;
  can: DetailsPermissions;
  customerId: string | null;
  onCustomer: (customerId: string) => void;
  /** The batch's failed records as last stored, for the errored table's "1–50 of N". */
  failedTotal: number | null;
};

export function BatchTabs({ tab, onTab, detail, can, customerId, onCustomer, failedTotal }: Props) {
  const t = useTranslations("details");
  const tabs = can.customerData ? ALL_TABS : COUNTS_ONLY;
  return (
    <section className="rounded-lg border border-slate-200 bg-white">
      <Tabs selected={tab} onSelect={onTab}>
        <TabList label={t("tabsLabel")}>
          {tabs.map((id) => <Tab key={id} id={id}>{t(`tab_${id}`)}</Tab>)}
        </TabList>
        <TabPanel id="records"><RecordsTab requestId={detail.id} onCustomer={onCustomer} /></TabPanel>
        <TabPanel id="errored"><ErroredTab detail={detail} canUpload={can.upload} canExport={can.exportErrored} failedTotal={failedTotal} /></TabPanel>
        <TabPanel id="profile"><CustomerTab requestId={detail.id} customerId={customerId} onCustomer={onCustomer} canReveal={can.reveal} /></TabPanel>
        <TabPanel id="summary"><SummaryTab requestId={detail.id} /></TabPanel>
      </Tabs>
    </section>
  );
}
