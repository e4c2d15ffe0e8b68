"use client";
import { useEffect, useState } from "react";
import type { Permission } from "@/lib/auth/permissions";
import { Dialog } from "@/components/ui/dialog";
import { useTranslations } from "next-intl";
import { NavSections } from "./sidebar";

/**
 * Below 1024 px the sidebar is a menu: a button opens the links in the React Aria dialog as a
 * panel at the inline start (the left in English, the right in Arabic). Focus is trapped
 * inside, the page behind is inert, Escape or a click beside the panel closes it, and focus
 * returns to the Menu button.
 */
export function MobileNav({ permissions }: { permissions: Permission[] }) {
  const t = useTranslations("shell");
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  // Widened to the desktop layout while open (a tablet turned sideways): the panel is hidden
  // there, so it must not stay modal and leave the page inert.
  useEffect(() => {
    const desktop = window.matchMedia("(min-width: 64rem)");
    const onChange = () => desktop.matches && setOpen(false);
    desktop.addEventListener("change", onChange);
    return () => desktop.removeEventListener("change", onChange);
  }, []);
  return (
    <div className="flex items-center gap-2 lg:hidden">
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-expanded={open}
        className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path fillRule="evenodd" d="M2 4.75A.75.75 0 0 1 2.75 4h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 4.75ZM2 10a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75A.75.75 0 0 1 2 10Zm0 5.25a.75.75 0 0 1 .75-.75h14.5a.75.75 0 0 1 0 1.5H2.75a.75.75 0 0 1-.75-.75Z" clipRule="evenodd" />
        </svg>
        {t("menu")}
      </button>
      <span className="font-semibold text-brand-900">{t("brand")}</span>
      {open && (
        <Dialog
          title={t("brand")}
          placement="side"
          dismissible
          onDismiss={close}
          titleAside={
            <button type="button" onClick={close} className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">
              {t("closeMenu")}
            </button>
          }
        >
          {/* A chosen link navigates and closes the panel. */}
          <nav aria-label={t("mainNav")} onClick={(e) => (e.target as Element).closest("a") && close()}>
            <NavSections permissions={permissions} />
          </nav>
        </Dialog>
      )}
    </div>
  );
}
