import type { ReactNode } from "react";
import { PasswordChangeGate } from "@/components/account/password-change-gate";
import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/lib/auth/require-actor";
import { ClientMessages } from "@/lib/i18n/client-messages";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // A one-time password must be replaced first: no navigation, and every page leads to /account/password.
  const forced = actor.mustChangePassword;
  return (
    // The shell's own client parts (navigation, password gate); each section's layout sends its own.
    <ClientMessages namespaces={["common", "shell", "account", "notifications"]}>
    <AppShell
      user={{ name: actor.name, email: actor.email, roles: actor.roles, organizationName: actor.organizationName }}
      permissions={forced ? [] : [...actor.permissions]}
    >
      {forced ? <PasswordChangeGate>{children}</PasswordChangeGate> : children}
    </AppShell>
    </ClientMessages>
  );
}
