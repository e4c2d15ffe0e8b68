import Link from "next/link";
import type { ReactNode } from "react";
import type { Permission } from "@/lib/auth/permissions";
import { Sidebar } from "./sidebar";
import { SignOutButton } from "./sign-out-button";

type ShellUser = { name: string; email: string; roles: string[]; organizationName: string | null };

export function AppShell({ user, permissions, children }: { user: ShellUser; permissions: Permission[]; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <Sidebar permissions={permissions} />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex items-center justify-end gap-4 border-b border-slate-200 bg-white px-6 py-3">
          <div className="text-end text-sm">
            <p className="font-medium" data-testid="current-user">{user.name}</p>
            <p className="text-slate-500">
              {user.organizationName ?? "Platform"} · {user.roles.map((r) => r.toLowerCase()).join(", ")}
            </p>
          </div>
          <Link href="/account/password" className="text-sm text-brand-700 underline">Change password</Link>
          <SignOutButton />
        </header>
        <main className="flex-1 p-6">{children}</main>
      </div>
    </div>
  );
}
