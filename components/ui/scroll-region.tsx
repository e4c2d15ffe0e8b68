import type { ReactNode } from "react";

/**
 * A box that scrolls (a wide table): focusable and named, so keyboard users can scroll it with
 * the arrow keys (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`focus-visible:outline-2 focus-visible:outline-brand-600 ${className}`}>
      {children}
    </div>
  );
}
