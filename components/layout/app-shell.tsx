import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { NotificationBell } from "@/components/notifications/notification-bell";
import type { Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { getFormatter, getTranslations } from "next-intl/server";
import { MobileNav } from "./mobile-nav";
import { Sidebar } from "./sidebar";
import { SignOutButton } from "./sign-out-button";

type ShellUser = { name: string; email: string; roles: Role[]; organizationName: string | null };

export async function AppShell({ user, permissions, children }: { user: ShellUser; permissions: Permission[]; children: ReactNode }) {
  const t = await getTranslations("shell");
  const ta = await getTranslations("admin");
  const format = await getFormatter();
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50"
      >
        {t("skipToContent")}
      </a>
      <Sidebar permissions={permissions} />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-4 py-3 sm:px-6">
          <MobileNav permissions={permissions} />
          <div className="ms-auto flex flex-wrap items-center justify-end gap-x-4 gap-y-2">
            <NotificationBell />
            <LanguageSwitch signedIn />
            <div className="min-w-0 text-end text-sm">
              <p className="font-medium" data-testid="current-user"><bdi>{user.name}</bdi></p>
              <p className="text-slate-600">
                <bdi>{user.organizationName ?? t("platformOrg")}</bdi> · {format.list(user.roles.map((r) => ta(`role_${r}`)), { type: "unit" })}
              </p>
            </div>
            <Link href="/account/password" className="text-sm text-brand-700 underline">{t("changePassword")}</Link>
            <SignOutButton label={t("signOut")} />
          </div>
        </header>
        <main id="main" tabIndex={-1} className="min-w-0 flex-1 p-4 focus:outline-none sm:p-6">{children}</main>
      </div>
    </div>
  );
}
