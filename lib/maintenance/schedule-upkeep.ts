import "server-only";
import { getEnv } from "@/lib/config/env";
import { jobQueue } from "@/lib/jobs/job-queue";
import { upkeepJob } from "./upkeep-job";

/**
 * Upkeep at UPKEEP_CRON (the top of every hour by default). A pg-boss schedule is stored once for the whole deployment
 * (saving it again on every start replaces it), and each due run is sent once whichever
 * instance's cron pass sees it first, so many instances still run it once an hour.
 */
export async function scheduleUpkeep() {
  const { boss, ensure } = await jobQueue();
  await ensure(upkeepJob);
  await boss.schedule(upkeepJob.name, getEnv().UPKEEP_CRON, {}, { tz: "UTC" });
}
