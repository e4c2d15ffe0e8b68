import type { ReactNode } from "react";
import { PasswordChangeGate } from "@/components/account/password-change-gate";
import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/lib/auth/require-actor";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  // A one-time password must be replaced first: no navigation, and every page leads to /account/password.
  const forced = actor.mustChangePassword;
  return (
    <AppShell
      user={{ name: actor.name, email: actor.email, roles: actor.roles, organizationName: actor.organizationName }}
      permissions={forced ? [] : [...actor.permissions]}
    >
      {forced ? <PasswordChangeGate>{children}</PasswordChangeGate> : children}
    </AppShell>
  );
}
