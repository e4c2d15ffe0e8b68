"use client";
import { useEffect, useRef, useState } from "react";
import type { Permission } from "@/lib/auth/permissions";
import { useTranslations } from "next-intl";
import { NavSections } from "./sidebar";

/**
 * Below 1024 px the sidebar is a menu: a button opens the links in a panel at the inline start
 * (the left in English, the right in Arabic). The native modal <dialog> keeps focus inside,
 * makes the page behind it inert and closes on Escape; focus then returns to the button.
 */
export function MobileNav({ permissions }: { permissions: Permission[] }) {
  const t = useTranslations("shell");
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const show = () => {
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  // Widened to the desktop layout while open (a tablet turned sideways): the panel is hidden
  // there, so it must not stay modal and leave the page inert.
  useEffect(() => {
    const desktop = window.matchMedia("(min-width: 64rem)");
    const onChange = () => desktop.matches && dialog.current?.close();
    desktop.addEventListener("change", onChange);
    return () => desktop.removeEventListener("change", onChange);
  }, []);
  return (
    <div className="flex items-center gap-2 lg:hidden">
      <button
        ref={button}
        type="button"
        onClick={show}
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
      <dialog
        ref={dialog}
        aria-label={t("mainNav")}
        onClose={() => {
          setOpen(false);
          button.current?.focus();
        }}
        // A click on the backdrop lands on the dialog itself; a click inside lands on its content.
        onClick={(e) => {
          if (e.target === e.currentTarget || (e.target as Element).closest("a")) close();
        }}
        className="my-0 ms-0 me-auto h-dvh max-h-none w-72 max-w-[85vw] bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
      >
        {/* Fills the panel, so a click anywhere inside it is not taken for a click on the backdrop. */}
        <nav aria-label={t("mainNav")} className="min-h-full px-3 py-5">
          <div className="flex items-center justify-between gap-2 px-3">
            <p className="text-lg font-semibold text-brand-900">{t("brand")}</p>
            <button type="button" onClick={close} className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100">
              {t("closeMenu")}
            </button>
          </div>
          <NavSections permissions={permissions} />
        </nav>
      </dialog>
    </div>
  );
}
