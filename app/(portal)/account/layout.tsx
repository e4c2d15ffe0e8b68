import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The messages the account screens use in the browser (API keys reuse the admin table). */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["common", "account", "admin"]}>{children}</ClientMessages>;
}
