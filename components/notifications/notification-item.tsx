"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Ltr } from "@/components/ui/ltr";
import { useFormat } from "@/lib/i18n/use-format";
import type { NotificationDto } from "@/lib/notifications/contracts";
import { KIND_MESSAGE_KEYS, messageArguments } from "@/lib/notifications/events";

/** One notification, worded now in the reader's language, linking to its request. */
export function NotificationItem({ item, onOpen }: { item: NotificationDto; onOpen: () => void }) {
  const t = useTranslations("notifications");
  const format = useFormat();
  const key = KIND_MESSAGE_KEYS[item.kind];
  const args = messageArguments(item.values);
  return (
    <li>
      <Link
        href={`/population-migration/${item.requestId}`}
        onClick={onOpen}
        data-testid="notification-item"
        data-read={item.read}
        className={`block rounded-md px-3 py-2 text-sm outline-none hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-brand-600 ${item.read ? "text-slate-600" : "bg-brand-50 text-slate-900"}`}
      >
        <span className="flex items-center gap-2 font-medium">
          {!item.read && <span className="size-2 shrink-0 rounded-full bg-brand-600" role="img" aria-label={t("unread")} />}
          {t(`kinds.${key}.title`, args)}
        </span>
        <span className="mt-0.5 block">{t(`kinds.${key}.body`, args)}</span>
        {item.values.fileName !== undefined && (
          <span className="mt-0.5 block truncate">{t("fileLabel")}: <bdi>{item.values.fileName}</bdi></span>
        )}
        {item.values.fileName === undefined && (
          <span className="mt-0.5 block truncate">{t("requestLabel")}: <Ltr>{item.requestId}</Ltr></span>
        )}
        {item.values.reason !== undefined && (
          <span className="mt-0.5 block">{t("reasonLabel")}: <bdi>{item.values.reason}</bdi></span>
        )}
        <span className="mt-0.5 block text-xs text-slate-500">{format.dateTime(item.createdAt)}</span>
      </Link>
    </li>
  );
}
