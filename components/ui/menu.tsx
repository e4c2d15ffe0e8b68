"use client";
import { Button, Menu, MenuItem, MenuTrigger, Popover } from "react-aria-components";

export type MenuAction = { label: string } & ({ href: string } | { onSelect: () => void });

/**
 * A menu button from React Aria: arrow keys, Home/End, typeahead, Escape, focus return and a
 * popover placed where it fits (flipping above the button near the bottom of the screen, and
 * mirrored in Arabic). However it is opened, the first item has focus, so Enter acts at once.
 * Links navigate through the router the providers hand to React Aria.
 */
export function ActionMenu({ label, items }: { label: string; items: MenuAction[] }) {
  return (
    <MenuTrigger>
      <Button aria-label={label} className="rounded-md px-2 py-1 text-lg leading-none text-slate-700 hover:bg-slate-100 data-focus-visible:outline-2 data-focus-visible:outline-offset-2 data-focus-visible:outline-brand-600">
        …
      </Button>
      <Popover placement="bottom end" className="z-40 min-w-48 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
        <Menu aria-label={label} autoFocus="first" className="outline-none" onAction={(key) => {
          const item = items.find((i) => i.label === key);
          if (item && "onSelect" in item) item.onSelect();
        }}>
          {items.map((item) => (
            <MenuItem
              key={item.label}
              id={item.label}
              {...("href" in item ? { href: item.href } : {})}
              className="block w-full cursor-pointer px-4 py-2 text-start text-slate-800 outline-none data-focused:bg-brand-50 data-hovered:bg-slate-100 data-focus-visible:outline-2 data-focus-visible:-outline-offset-2 data-focus-visible:outline-brand-600"
            >
              {item.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
