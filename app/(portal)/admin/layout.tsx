import type { ReactNode } from "react";
import { MailOffNotice } from "@/components/notifications/mail-off-notice";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The messages the administration screens use in the browser (the API key table speaks "account"). */
export default function Layout({ children }: { children: ReactNode }) {
  return (
    <ClientMessages namespaces={["common", "admin", "account", "approvals"]}>
      <MailOffNotice />
      {children}
    </ClientMessages>
  );
}
