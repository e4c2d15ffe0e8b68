"use client";
import Link from "next/link";
import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { menuCommand, openIndexFor } from "./menu-keys";
import { placeMenu, type MenuPosition } from "./menu-position";
import { useDismiss } from "./use-dismiss";

export type MenuItem = { label: string } & ({ href: string } | { onSelect: () => void });

/**
 * A menu button (WAI-ARIA pattern). The menu is position: fixed so the table's horizontal
 * scroll container cannot clip it, and follows the button when anything scrolls (focusing the
 * button may itself scroll the table; closing on scroll would make the menu vanish at once).
 */
export function ActionMenu({ label, items }: { label: string; items: MenuItem[] }) {
  const [active, setActive] = useState<number | null>(null);
  const [position, setPosition] = useState<MenuPosition>({ right: 0 });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<(HTMLElement | null)[]>([]);
  const menuId = useId();
  const open = active !== null;

  useEffect(() => {
    if (active !== null) itemRefs.current[active]?.focus({ preventScroll: true });
  }, [active]);

  useDismiss(open, [menuRef, buttonRef], () => setActive(null));

  // Layout effect: placed before the first paint, so the menu never flashes somewhere else.
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const rect = buttonRef.current?.getBoundingClientRect();
      if (rect) setPosition(placeMenu(rect, { width: window.innerWidth, height: window.innerHeight }));
    };
    place();
    window.addEventListener("scroll", place, true);
    window.addEventListener("resize", place);
    return () => {
      window.removeEventListener("scroll", place, true);
      window.removeEventListener("resize", place);
    };
  }, [open]);

  function close(restoreFocus: boolean) {
    setActive(null);
    if (restoreFocus) buttonRef.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    // Keys pressed before the menu has taken focus still belong to the open menu.
    if (open) return onMenuKeyDown(event);
    const index = openIndexFor(event.key, items.length);
    if (index === null) return;
    event.preventDefault();
    setActive(index);
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    if (active === null) return;
    const command = menuCommand(event.key, active, items.length);
    if (command.type === "none") return;
    if (command.type !== "close" || command.restoreFocus) event.preventDefault();
    if (command.type === "focus") setActive(command.index);
    else if (command.type === "activate") itemRefs.current[active]?.click();
    else if (command.type === "close") close(command.restoreFocus);
  }

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-label={label}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : setActive(0))}
        onKeyDown={onButtonKeyDown}
        className="rounded-md px-2 py-1 text-lg leading-none text-slate-700 hover:bg-slate-100"
      >
        …
      </button>
      {open && (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          onKeyDown={onMenuKeyDown}
          style={position}
          className="fixed z-40 min-w-48 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {items.map((item, index) => {
            const common = {
              ref: (el: HTMLElement | null) => { itemRefs.current[index] = el; },
              role: "menuitem",
              tabIndex: -1,
              className: "block w-full px-4 py-2 text-start text-slate-800 hover:bg-slate-100 focus:bg-brand-50",
            };
            return "href" in item ? (
              <Link key={item.label} href={item.href} {...common} onClick={() => setActive(null)}>{item.label}</Link>
            ) : (
              <button key={item.label} type="button" {...common} onClick={() => { close(true); item.onSelect(); }}>{item.label}</button>
            );
          })}
        </div>
      )}
    </>
  );
}
