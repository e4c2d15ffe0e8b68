import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { sendNotificationMail } from "../send-notification-mail";

/**
 * One notification's e-mail, sent after the change that caused it committed (never blocking
 * it), keyed by the notification's id. An unreachable SMTP server is retried for about a day.
 */
export const sendNotificationMailJob = defineJob({
  name: "notification.send-mail",
  payload: z.object({ notificationId: z.uuid() }),
  // About 30 s, 1 min, 2 min, … then hourly (pg-boss adds jitter).
  retry: { limit: 30, delaySeconds: 30, backoff: true, maxDelaySeconds: 3_600 },
  expireInSeconds: 120,
  run: ({ notificationId }) => sendNotificationMail(notificationId),
});
