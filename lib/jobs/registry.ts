import "server-only";
import { refreshBatchStatusJob } from "@/lib/batches/jobs/refresh-batch-status-job";
import { upkeepJob } from "@/lib/maintenance/upkeep-job";
import { sendNotificationMailJob } from "@/lib/notifications/jobs/send-notification-mail-job";
import { submitRequestJob } from "@/lib/requests/jobs/submit-request-job";
import type { JobDefinition } from "./define-job";

/** Every background job the portal runs. Add a definition here to have it picked up. */
export const jobs = [submitRequestJob, refreshBatchStatusJob, upkeepJob, sendNotificationMailJob] as JobDefinition[];
