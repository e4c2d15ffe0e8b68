"use client";
import type { RequestRow } from "@/lib/requests/contracts";
import { ActionMenu, type MenuAction } from "@/components/ui/menu";
import { useTranslations } from "next-intl";

/** The row's menu offers what the server says this user may do; the server checks again. */
export function RequestActions({ row, onRetry }: { row: RequestRow; onRetry: (row: RequestRow) => void }) {
  const t = useTranslations("list");
  const href = `/population-migration/${encodeURIComponent(row.id)}`;
  const items: MenuAction[] = [{ label: t("viewDetails"), href }];
  if (row.actions.includes("approve")) items.push({ label: t("reviewAndApprove"), href: `${href}#review` });
  if (row.actions.includes("retry-submission")) items.push({ label: t("retrySubmission"), onSelect: () => onRetry(row) });
  return <ActionMenu label={t("actionsFor", { name: row.fileName })} items={items} />;
}
