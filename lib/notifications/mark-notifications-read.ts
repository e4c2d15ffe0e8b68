import "server-only";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { MarkReadBody } from "./contracts";

/**
 * Marks one of the caller's own notifications read, or all of them. The recipient is part of
 * the update's condition: another user's notification is a 404, exactly like a missing one.
 */
export async function markNotificationsRead(actor: Actor, body: MarkReadBody): Promise<void> {
  const prisma = await db();
  if ("all" in body) {
    await prisma.notification.updateMany({ where: { recipientId: actor.id, readAt: null }, data: { readAt: new Date() } });
    return;
  }
  const own = await prisma.notification.updateMany({ where: { id: body.id, recipientId: actor.id }, data: { readAt: new Date() } });
  if (own.count !== 1) throw notFound("Notification not found");
}
