import { z } from "zod";
import type { NotificationKind, NotificationValues } from "./events";

// The notifications API's shapes, shared by the route handlers and the bell. Pure.

/** The bell shows the latest notifications; older ones are still counted while unread. */
export const NOTIFICATION_LIST_LIMIT = 20;

export type NotificationDto = {
  id: string;
  kind: NotificationKind;
  requestId: string;
  values: NotificationValues;
  read: boolean;
  createdAt: string;
};

export type NotificationList = { unread: number; items: NotificationDto[] };

/** One of the caller's own notifications (another user's id answers 404), or all of them. */
export const markReadBody = z.union([z.object({ id: z.uuid() }).strict(), z.object({ all: z.literal(true) }).strict()]);
export type MarkReadBody = z.infer<typeof markReadBody>;

export const notificationKeys = {
  all: ["notifications"] as const,
};
