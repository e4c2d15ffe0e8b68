import type { Database } from "../db/open-database";
import type { Dialect } from "../batches/batch-bodies";
import type { ResidentRegistry } from "../registry/resident-registry";
import type { SandboxConfig } from "../config";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";

/** What the handlers need from outside; injected so tests and the process choose. */
export type SandboxDeps = {
  database: () => Promise<Pick<Database, "prisma" | "pool">>;
  dialect: () => Dialect;
  limiter: RateLimiter;
  registry: ResidentRegistry;
  now: () => Date;
  /** The largest CSV a submit accepts (SANDBOX_MAX_UPLOAD_BYTES). */
  maxUploadBytes: () => number;
  /** Called when a submit stored a new batch (the process wakes its idle processor). */
  batchReceived?: () => void;
};

export type BatchParams = { batchId?: string };

/** The platform allows 25 requests per second per key (shared/spec/digitization-api.md). */
export const REQUESTS_PER_SECOND_PER_KEY = 25;

/** The sandbox process's wiring: its database, its settings, the synthetic registry. */
export function processDeps(database: Database, config: Pick<SandboxConfig, "SANDBOX_DIALECT" | "SANDBOX_MAX_UPLOAD_BYTES">, batchReceived?: () => void): SandboxDeps {
  return {
    database: async () => database,
    dialect: () => config.SANDBOX_DIALECT,
    limiter: createRateLimiter(REQUESTS_PER_SECOND_PER_KEY),
    registry: syntheticRegistry,
    now: () => new Date(),
    maxUploadBytes: () => config.SANDBOX_MAX_UPLOAD_BYTES,
    ...(batchReceived && { batchReceived }),
  };
}
