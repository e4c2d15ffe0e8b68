import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { readTogether } from "@/lib/db/read-together";
import { NOTIFICATION_LIST_LIMIT, type NotificationList } from "./contracts";
import { notificationValues, type NotificationKind } from "./events";

/** The caller's own latest notifications and their unread count; nobody reads another's. */
export async function listNotifications(actor: Actor): Promise<NotificationList> {
  const prisma = await db();
  const [unread, rows] = await readTogether(prisma, [
    prisma.notification.count({ where: { recipientId: actor.id, readAt: null } }),
    prisma.notification.findMany({ where: { recipientId: actor.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: NOTIFICATION_LIST_LIMIT }),
  ]);
  return {
    unread,
    items: rows.map((row) => ({
      id: row.id,
      kind: row.kind as NotificationKind,
      requestId: row.requestId,
      values: notificationValues.parse(row.values),
      read: row.readAt !== null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
