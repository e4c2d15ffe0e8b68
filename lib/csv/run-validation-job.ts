import { createValidator } from "./create-validator";
import { readBlob } from "./read-blob";
import type { ValidationJob, ValidationWorkerMessage } from "./worker-protocol";

export const PROGRESS_INTERVAL_MS = 100;

/**
 * The body of validation.worker.ts, kept apart from the worker global so it runs under test:
 * streams the file through the validator and reports progress no more often than every 100 ms
 * (posting per 64 KB chunk would flood the UI thread with ~2,000 messages for 150 MB).
 */
export async function runValidationJob(
  job: ValidationJob,
  post: (message: ValidationWorkerMessage) => void,
  now: () => number = () => performance.now(),
): Promise<void> {
  try {
    const total = job.file.size;
    let lastPost = -Infinity;
    const onProgress = (bytes: number) => {
      const t = now();
      if (t - lastPost < PROGRESS_INTERVAL_MS) return;
      lastPost = t;
      post({ type: "progress", bytes, total });
    };
    const validator = await createValidator({ today: job.today, hash: job.hash !== false, onProgress });
    for await (const chunk of readBlob(job.file)) validator.push(chunk);
    const report = validator.finish();
    post({ type: "progress", bytes: total, total });
    post({ type: "done", report });
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}
