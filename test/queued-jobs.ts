import { jobQueue } from "@/lib/jobs/job-queue";

/** pg-boss's jobs of one name and key (a request id), any state, oldest first: what tests count. */
export async function jobsOf(name: string, key: string) {
  const { boss } = await jobQueue();
  // No queue yet: nothing was ever sent to it.
  if (!(await boss.getQueue(name))) return [];
  const found = await boss.findJobs<object>(name, { key });
  return found.map((j) => ({ id: j.id, state: j.state, retryCount: j.retryCount, startAfter: j.startAfter, output: j.output as { message?: string } | null, data: j.data }));
}
