import { todayInUae } from "../csv/today-in-uae";
import type pg from "pg";
import { logger } from "../log";
import type { ResidentRegistry } from "../registry/resident-registry";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { processNextChunk, type JudgedAhead } from "./process-next-chunk";

export type SandboxProcessorOptions = {
  /** The sandbox database's pool (Database.pool). */
  pool: pg.Pool;
  /** SANDBOX_RECORDS_PER_SECOND: the pace of this processor, shared by all batches. */
  recordsPerSecond: number;
  /** SANDBOX_START_DELAY_MS. */
  startDelayMs: number;
  registry?: ResidentRegistry;
  now?: () => Date;
  /** How often an idle processor looks for work. */
  idlePollMs?: number;
  /** Upper bound of one chunk (one transaction). */
  maxChunk?: number;
};

export type SandboxProcessor = {
  stop(): Promise<void>;
  /** A batch arrived: an idle processor looks for work now rather than at its next idle poll (never cuts a pace pause short). */
  nudge(): void;
};

/**
 * Runs the sandbox's record processor until stop(). Any number may run, in one process or
 * several against one PostgreSQL: work is claimed through the database, chunk by chunk.
 * Errors are logged and retried after a pause; they never end the loop.
 */
export function startSandboxProcessor(opts: SandboxProcessorOptions): SandboxProcessor {
  const { pool, startDelayMs } = opts;
  const perSecond = opts.recordsPerSecond;
  const idleMs = opts.idlePollMs ?? 1_000;
  // One second's worth of records per chunk, so progress moves steadily at a slow pace.
  const maxRecords = Math.max(1, Math.min(opts.maxChunk ?? 5_000, Math.ceil(perSecond)));
  const now = opts.now ?? (() => new Date());
  let stopped = false;
  let idle = false;
  let wake: (() => void) | null = null;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => (clearTimeout(timer), resolve());
    });

  const loop = (async () => {
    let ahead: JudgedAhead | null = null;
    while (!stopped) {
      const began = Date.now();
      let pause = idleMs;
      try {
        const chunk = await processNextChunk(pool, { maxRecords, startDelayMs, registry: opts.registry ?? syntheticRegistry, today: todayInUae(now()) }, ahead);
        ahead = chunk ? await chunk.ahead : null;
        if (chunk) pause = Math.max(0, (chunk.processed / perSecond) * 1000 - (Date.now() - began));
        idle = !chunk;
        if (chunk && chunk.status !== "in_progress") logger.info({ batchId: chunk.batchId, status: chunk.status }, "sandbox batch finished");
      } catch (error) {
        ahead = null;
        // Name and code only: driver messages can quote row values (personal data).
        const { name, code } = error as { name?: string; code?: string };
        logger.error({ err: { name, code } }, "sandbox processor chunk failed; retrying");
      }
      if (!stopped) await sleep(pause);
      idle = false;
    }
  })();

  return {
    async stop() {
      stopped = true;
      wake?.();
      await loop;
    },
    nudge() {
      if (idle) wake?.();
    },
  };
}
