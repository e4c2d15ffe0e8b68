import "server-only";
import { createTransport, type Transporter } from "nodemailer";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { toLocale } from "@/lib/i18n/config";
import { logger } from "@/lib/log/logger";
import { notificationValues, type NotificationKind } from "./events";
import { smtpOptionsOf } from "./mail-settings";
import { renderNotificationMail } from "./render-notification-mail";

let transport: { url: string; transporter: Transporter } | undefined;

function transporterFor(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: createTransport(smtpOptionsOf(url)) };
  return transport.transporter;
}

/**
 * Sends one notification's e-mail (the mail job's work). Sent at most once per notification:
 * `emailedAt` records the SMTP server's acceptance, and a re-run after it sends nothing. An
 * SMTP failure throws, and the job retries with backoff. Logs ids and the kind, never the
 * address or the body.
 */
export async function sendNotificationMail(notificationId: string): Promise<void> {
  const env = getEnv();
  if (!env.SMTP_URL) return;
  const prisma = await db();
  const notification = await prisma.notification.findUnique({
    where: { id: notificationId },
    include: { recipient: { select: { email: true, locale: true, status: true } } },
  });
  if (!notification || notification.emailedAt || notification.recipient.status !== "ACTIVE") return;
  const mail = renderNotificationMail({
    kind: notification.kind as NotificationKind,
    values: notificationValues.parse(notification.values),
    requestId: notification.requestId,
    locale: toLocale(notification.recipient.locale),
    portalUrl: env.publicUrl,
  });
  await transporterFor(env.SMTP_URL).sendMail({ from: env.mailFrom, to: notification.recipient.email, ...mail });
  await prisma.notification.update({ where: { id: notificationId }, data: { emailedAt: new Date() } });
  logger.info({ notificationId, kind: notification.kind }, "notification e-mailed");
}
