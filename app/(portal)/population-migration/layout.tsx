import type { ReactNode } from "react";
import { ClientMessages } from "@/lib/i18n/client-messages";

/** The messages the requests list, upload dialog and View Details use in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages namespaces={["common", "list", "status", "upload", "details", "rules", "approvals", "lineage", "correction"]}>{children}</ClientMessages>;
}
