import "server-only";
import { getEnv } from "@/lib/config/env";
import { scheduleUpkeep } from "@/lib/maintenance/schedule-upkeep";
import { jobQueue } from "./job-queue";
import { jobs } from "./registry";
import { requeueUnfinishedWork } from "./requeue-unfinished-work";
import { startJobWorkers } from "./work-jobs";

/**
 * At a process's start: every job's queue exists (idempotent); a worker (PORTAL_PROCESS `worker`
 * or `all`) also re-sends work a request still waits for, schedules upkeep and runs jobs.
 */
export async function startJobs(): Promise<void> {
  const { ensure } = await jobQueue();
  for (const job of jobs) await ensure(job);
  if (getEnv().PORTAL_PROCESS === "web") return;
  await requeueUnfinishedWork();
  await scheduleUpkeep();
  await startJobWorkers(jobs);
}
