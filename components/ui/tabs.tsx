"use client";
import type { ReactNode } from "react";
import { Tab as AriaTab, TabList as AriaTabList, TabPanel as AriaTabPanel, Tabs as AriaTabs, type Key } from "react-aria-components";

/**
 * Tabs from React Aria: arrow keys follow what the eye sees (mirrored right to left), Home and
 * End, only the selected tab in the tab order, each panel labelled by its tab.
 */
export function Tabs<T extends string>({ selected, onSelect, children }: { selected: T; onSelect: (tab: T) => void; children: ReactNode }) {
  return (
    <AriaTabs selectedKey={selected} onSelectionChange={(key: Key) => onSelect(String(key) as T)}>
      {children}
    </AriaTabs>
  );
}

/** The tabs wrap onto a second line on a narrow screen: every tab, the active one included, stays in sight. */
export function TabList({ label, children }: { label: string; children: ReactNode }) {
  return <AriaTabList aria-label={label} className="flex flex-wrap gap-x-1 border-b border-slate-200 px-3">{children}</AriaTabList>;
}

export function Tab({ id, children }: { id: string; children: ReactNode }) {
  return (
    <AriaTab
      id={id}
      className="-mb-px cursor-pointer whitespace-nowrap border-b-2 border-transparent px-3 py-3 text-sm font-medium text-slate-600 outline-none hover:text-slate-900 data-selected:border-brand-600 data-selected:text-brand-700 data-focus-visible:outline-2 data-focus-visible:-outline-offset-2 data-focus-visible:outline-brand-600"
    >
      {children}
    </AriaTab>
  );
}

export function TabPanel({ id, children }: { id: string; children: ReactNode }) {
  return <AriaTabPanel id={id} className="p-5 outline-none data-focus-visible:outline-2 data-focus-visible:-outline-offset-2 data-focus-visible:outline-brand-600">{children}</AriaTabPanel>;
}
