import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Dialect } from "@/lib/sandbox/batches/batch-bodies";
import type { ResidentRegistry } from "@/lib/sandbox/registry/resident-registry";
import type { RateLimiter } from "./rate-limiter";

/** What the handlers need from outside; injected so tests and the standalone server choose. */
export type SandboxDeps = {
  prisma: () => Promise<PrismaClient>;
  /** When false every route answers 404, as if the sandbox were not there. */
  enabled: () => boolean;
  dialect: () => Dialect;
  limiter: RateLimiter;
  registry: ResidentRegistry;
  now: () => Date;
  /** The largest CSV a submit accepts; the portal's UPLOAD_MAX_BYTES when not given. */
  maxUploadBytes?: () => number;
};

export type BatchParams = { batchId?: string };
