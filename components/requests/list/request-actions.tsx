"use client";
import type { RequestRow } from "@/lib/requests/contracts";
import { ActionMenu, type MenuItem } from "./action-menu";

/** The row's menu offers what the server says this user may do; the server checks again. */
export function RequestActions({ row, onRetry }: { row: RequestRow; onRetry: (row: RequestRow) => void }) {
  const href = `/population-migration/${encodeURIComponent(row.id)}`;
  const items: MenuItem[] = [{ label: "View Details", href }];
  if (row.actions.includes("approve")) items.push({ label: "Review and approve", href: `${href}#review` });
  if (row.actions.includes("retry-submission")) items.push({ label: "Retry submission", onSelect: () => onRetry(row) });
  return <ActionMenu label={`Actions for ${row.fileName}`} items={items} />;
}
