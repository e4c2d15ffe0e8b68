import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { enqueueJob } from "@/lib/jobs/enqueue-job";
import { upkeepJob } from "./upkeep-job";

/** One upkeep job for the whole deployment, however many instances start; revived if it ever failed. */
export async function scheduleUpkeep(prisma: PrismaClient) {
  await prisma.$transaction((tx) => enqueueJob(tx, upkeepJob, "deployment", {}));
  await prisma.job.updateMany({
    where: { name: upkeepJob.name, key: "deployment", status: { in: ["DONE", "FAILED"] } },
    data: { status: "QUEUED", attempts: 0, runAt: new Date() },
  });
}
