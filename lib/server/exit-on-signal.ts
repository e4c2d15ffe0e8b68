import "server-only";
import { logger } from "@/lib/log/logger";

// A SIGTERM (a deployment, `docker stop`, the chaos tests) must end the process within seconds.
// The steps are bounded themselves (the job queue gives running jobs a short grace, then aborts
// them: a job cut off is redone, they are idempotent); this deadline covers a step that is not,
// such as a handler that ignores its abort signal or a pool waiting for a query.
export const EXIT_WITHIN_MS = 6_000;

/** On SIGTERM or SIGINT: `stop` (stop taking work, close pools), then exit; after EXIT_WITHIN_MS exit anyway. */
export function exitOnSignal(stop: () => Promise<void>): void {
  const exit = async (signal: NodeJS.Signals) => {
    setTimeout(() => {
      logger.warn({ signal, afterMs: EXIT_WITHIN_MS }, "shutdown did not finish in time; exiting anyway");
      process.exit(0);
    }, EXIT_WITHIN_MS).unref();
    try {
      await stop();
    } catch (error) {
      logger.error({ signal, error: error instanceof Error ? error.message : String(error) }, "shutdown step failed; exiting anyway");
    }
    process.exit(0);
  };
  process.once("SIGTERM", exit);
  process.once("SIGINT", exit);
}
