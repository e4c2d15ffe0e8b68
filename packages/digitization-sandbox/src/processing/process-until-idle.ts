import { todayInUae } from "../csv/today-in-uae";
import type pg from "pg";
import type { ResidentRegistry } from "../registry/resident-registry";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { processNextChunk, type ChunkResult, type JudgedAhead } from "./process-next-chunk";

export type UntilIdleOptions = {
  registry?: ResidentRegistry;
  now?: () => Date;
  maxRecords?: number;
  /** Stop after this many chunks even if work remains (simulating a crash mid-batch). */
  maxChunks?: number;
};

/** Processes every due batch at full pace, no start delay; returns the chunks done. For tests and benchmarks. */
export async function processUntilIdle(pool: pg.Pool, opts: UntilIdleOptions = {}): Promise<ChunkResult[]> {
  const done: ChunkResult[] = [];
  let ahead: JudgedAhead | null = null;
  while (done.length < (opts.maxChunks ?? Infinity)) {
    const result = await processNextChunk(pool, {
      maxRecords: opts.maxRecords ?? 5_000,
      startDelayMs: 0,
      registry: opts.registry ?? syntheticRegistry,
      today: todayInUae((opts.now ?? (() => new Date()))()),
    }, ahead);
    if (!result) break;
    ahead = await result.ahead;
    done.push(result);
  }
  return done;
}
