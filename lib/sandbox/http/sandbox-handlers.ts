import "server-only";
import { getEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { syntheticRegistry } from "@/lib/sandbox/registry/synthetic-registry";
import { handleCustomerData } from "./customer-data-handler";
import { endpoint, type SandboxHandler } from "./endpoint";
import { createRateLimiter } from "./rate-limiter";
import { handleErrored, handleRecords, handleStatus } from "./read-handlers";
import type { SandboxDeps } from "./sandbox-deps";
import { handleSubmit } from "./submit-handler";

export type SandboxHandlers = Record<"submitBatch" | "getStatus" | "getRecords" | "getErrored" | "getCustomerData", SandboxHandler>;

/** Framework-neutral `(Request, params) => Response` handlers of the whole API. */
export function createSandboxHandlers(deps: SandboxDeps): SandboxHandlers {
  return {
    submitBatch: endpoint(deps, handleSubmit),
    getStatus: endpoint(deps, handleStatus),
    getRecords: endpoint(deps, handleRecords),
    getErrored: endpoint(deps, handleErrored),
    getCustomerData: endpoint(deps, handleCustomerData),
  };
}

/** The portal's configuration: its database, SANDBOX_* settings, the synthetic registry. */
export function portalSandboxDeps(): SandboxDeps {
  return {
    prisma: db,
    enabled: () => getEnv().sandboxEnabled,
    dialect: () => getEnv().SANDBOX_DIALECT,
    limiter: createRateLimiter(25),
    registry: syntheticRegistry,
    now: () => new Date(),
  };
}

// One set per process, shared by every route module, so the rate limit counts across routes.
const KEY = Symbol.for("population-migration.sandbox-handlers");
type Holder = { [KEY]?: SandboxHandlers };

export function sandboxHandlers(): SandboxHandlers {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= createSandboxHandlers(portalSandboxDeps()));
}
