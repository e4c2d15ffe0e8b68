import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { requireActor } from "@/lib/auth/require-actor";

export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  return (
    <AppShell
      user={{ name: actor.name, email: actor.email, roles: actor.roles, organizationName: actor.organizationName }}
      permissions={[...actor.permissions]}
    >
      {children}
    </AppShell>
  );
}
