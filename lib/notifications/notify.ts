import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { mailEnabled } from "./mail-settings";
import type { NotificationEvent, NotificationValues } from "./events";
import { findRecipients, type NotifiedRequest } from "./find-recipients";
import { sendNotificationMailJob } from "./jobs/send-notification-mail-job";

/**
 * The one way to notify people: called inside the transaction that makes the change, so a
 * rollback leaves neither a notification nor its e-mail. Writes one row per recipient (the
 * bell) and, when e-mail is on, one mail job per row, keyed by the row's id (never sent twice).
 */
export async function notify(tx: Prisma.TransactionClient, event: NotificationEvent): Promise<void> {
  const request = await tx.migrationRequest.findUniqueOrThrow({
    where: { id: event.requestId },
    select: { organizationId: true, uploadedById: true, fileName: true, rowCount: true },
  });
  const recipients = await findRecipients(tx, event, request);
  if (recipients.length === 0) return;
  const values = valuesOf(event, request);
  // Platform administrators see no customer data: the request id (a column) and counts only.
  const { fileName: _omitted, reason: _also, ...adminValues } = values;
  const rows = recipients.map((recipient) => ({
    id: randomUUID(),
    recipientId: recipient.id,
    kind: event.type,
    requestId: event.requestId,
    values: recipient.organizationId === null ? adminValues : values,
  }));
  await tx.notification.createMany({ data: rows });
  if (!mailEnabled()) return;
  for (const row of rows) await enqueueJob(tx, sendNotificationMailJob, row.id, { notificationId: row.id });
}

function valuesOf(event: NotificationEvent, request: NotifiedRequest): NotificationValues {
  const base = { fileName: request.fileName };
  switch (event.type) {
    case "request.awaiting-approval":
      return { ...base, rows: request.rowCount };
    case "request.rejected":
      return { ...base, reason: event.reason };
    case "batch.completed":
      return { ...base, ...event.counts };
    default:
      return base;
  }
}
