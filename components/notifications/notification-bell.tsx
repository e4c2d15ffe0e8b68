"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button, Dialog, DialogTrigger, Heading, Popover } from "react-aria-components";
import { NotificationItem } from "./notification-item";
import { useMarkRead, useNotifications } from "./use-notifications";

/**
 * The bell in the top bar (desktop and phone): the unread count in its accessible name and a
 * badge, and a React Aria popover dialog with the latest notifications (focus moves in, Escape
 * closes and returns focus). Opening an item marks it read and goes to its request.
 */
export function NotificationBell() {
  const t = useTranslations("notifications");
  const list = useNotifications();
  const markRead = useMarkRead();
  const [open, setOpen] = useState(false);
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button
        aria-label={t("bellLabel", { count: unread })}
        className="relative rounded-md p-2 text-slate-700 hover:bg-slate-100 data-focus-visible:outline-2 data-focus-visible:outline-offset-2 data-focus-visible:outline-brand-600"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5">
          <path fillRule="evenodd" d="M10 2a6 6 0 0 0-6 6c0 1.887-.454 3.665-1.257 5.234a.75.75 0 0 0 .515 1.076 32.91 32.91 0 0 0 3.256.508 3.5 3.5 0 0 0 6.972 0 32.903 32.903 0 0 0 3.256-.508.75.75 0 0 0 .515-1.076A11.448 11.448 0 0 1 16 8a6 6 0 0 0-6-6Zm0 14.5a2 2 0 0 1-1.95-1.557 33.54 33.54 0 0 0 3.9 0A2 2 0 0 1 10 16.5Z" clipRule="evenodd" />
        </svg>
        {unread > 0 && (
          <span aria-hidden="true" data-testid="notification-count" className="absolute -end-1 -top-1 min-w-5 rounded-full bg-red-600 px-1 text-center text-xs font-semibold text-white">
            {unread > 99 ? "99+" : unread}
          </span>
        )}
      </Button>
      <Popover placement="bottom end" className="z-40 w-[min(24rem,calc(100vw-2rem))] rounded-md border border-slate-200 bg-white shadow-lg">
        <Dialog className="max-h-[70vh] overflow-y-auto p-2 outline-none">
          <div className="flex items-center justify-between gap-2 px-2 py-1">
            <Heading slot="title" className="text-base font-semibold">{t("heading")}</Heading>
            {unread > 0 && (
              <button type="button" onClick={() => markRead.mutate({ all: true })} className="text-sm text-brand-700 underline">
                {t("markAllRead")}
              </button>
            )}
          </div>
          {list.isError && <p role="alert" className="px-2 py-3 text-sm text-red-700">{t("loadFailed")}</p>}
          {list.isSuccess && items.length === 0 && <p className="px-2 py-3 text-sm text-slate-600">{t("empty")}</p>}
          {items.length > 0 && (
            <ul className="space-y-1">
              {items.map((item) => (
                <NotificationItem
                  key={item.id}
                  item={item}
                  onOpen={() => {
                    if (!item.read) markRead.mutate({ id: item.id });
                    setOpen(false);
                  }}
                />
              ))}
            </ul>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
