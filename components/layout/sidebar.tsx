"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";
import { useTranslations } from "next-intl";
import { AwaitingCount } from "./awaiting-count";

type Item = { href: string; label: "populationMigration" | "awaitingMine" | "apiKeys" | "organizations" | "users" | "apiKeyManagement" | "auditLog" | "failedJobs"; permission: Permission };
type Section = { title: "platform" | "administration"; items: Item[] };

const sections: Section[] = [
  {
    title: "platform",
    items: [
      { href: "/population-migration", label: "populationMigration", permission: "requests:read" },
      // The approver's queue: the requests list filtered to what this approver may approve now, oldest first.
      { href: "/population-migration?awaiting=me", label: "awaitingMine", permission: "requests:approve" },
      { href: "/account/api-keys", label: "apiKeys", permission: "api-keys:read-own" },
    ],
  },
  {
    title: "administration",
    items: [
      { href: "/admin/organizations", label: "organizations", permission: "admin:organizations" },
      { href: "/admin/users", label: "users", permission: "admin:users" },
      { href: "/admin/api-keys", label: "apiKeyManagement", permission: "admin:api-keys" },
      { href: "/admin/audit", label: "auditLog", permission: "admin:audit" },
      { href: "/admin/failed-jobs", label: "failedJobs", permission: "admin:jobs" },
    ],
  },
];

/**
 * The navigation's sections and links, the same in the desktop column and the phone's menu.
 * Hiding links is convenience only; every page and route checks the permission itself.
 */
export function NavSections({ permissions }: { permissions: Permission[] }) {
  const t = useTranslations("shell");
  const pathname = usePathname();
  const allowed = new Set(permissions);
  return sections.map((section) => {
    const items = section.items.filter((item) => allowed.has(item.permission));
    if (!items.length) return null;
    return (
      <div key={section.title} className="mt-6">
        <p className="px-3 text-xs font-semibold uppercase tracking-wide text-slate-600">{t(section.title)}</p>
        <ul className="mt-2 space-y-1">
          {items.map((item) => {
            const active = pathname === item.href || pathname.startsWith(`${item.href}/`);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={active ? "page" : undefined}
                  className={`block rounded-md px-3 py-2 text-sm ${active ? "bg-brand-50 font-medium text-brand-700" : "text-slate-700 hover:bg-slate-100"}`}
                >
                  {t(item.label)}
                  {item.label === "awaitingMine" && <AwaitingCount />}
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    );
  });
}

/** The desktop column (1024 px and wider); narrower screens open the same links from a menu. */
export function Sidebar({ permissions }: { permissions: Permission[] }) {
  const t = useTranslations("shell");
  return (
    <nav aria-label={t("mainNav")} className="hidden w-64 shrink-0 border-e border-slate-200 bg-white px-3 py-5 lg:block">
      <p className="px-3 text-lg font-semibold text-brand-900">{t("brand")}</p>
      <NavSections permissions={permissions} />
    </nav>
  );
}
