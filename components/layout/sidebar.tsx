"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Permission } from "@/lib/auth/permissions";

type Item = { href: string; label: string; permission: Permission };
type Section = { title: string; items: Item[] };

const sections: Section[] = [
  {
    title: "Platform",
    items: [
      { href: "/population-migration", label: "Population Migration", permission: "requests:read" },
      { href: "/account/api-keys", label: "API Keys", permission: "api-keys:read-own" },
    ],
  },
  {
    title: "Administration",
    items: [
      { href: "/admin/organizations", label: "Organizations", permission: "admin:organizations" },
      { href: "/admin/users", label: "Users", permission: "admin:users" },
      { href: "/admin/api-keys", label: "API Key Management", permission: "admin:api-keys" },
      { href: "/admin/audit", label: "Audit Log", permission: "admin:audit" },
    ],
  },
];

// Hiding links is convenience only; every page and route checks the permission itself.
export function Sidebar({ permissions }: { permissions: Permission[] }) {
  const pathname = usePathname();
  const allowed = new Set(permissions);
  return (
    <nav aria-label="Main" className="w-64 shrink-0 border-e border-slate-200 bg-white px-3 py-5">
      <p className="px-3 text-lg font-semibold text-brand-900">KYC Portal</p>
      {sections.map((section) => {
        const items = section.items.filter((item) => allowed.has(item.permission));
        if (!items.length) return null;
        return (
          <div key={section.title} className="mt-6">
            <p className="px-3 text-xs font-semibold uppercase tracking-wide text-slate-500">{section.title}</p>
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
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
