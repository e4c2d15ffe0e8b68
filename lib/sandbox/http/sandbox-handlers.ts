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

/** The getCustomerData body is `{"customer_id": "..."}` (at most 200 characters). */
export const CUSTOMER_LOOKUP_MAX_BYTES = 4 * 1024;
/** Room for the multipart envelope around a file of the largest accepted size. */
const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;
/** The read endpoints are GETs: a body is never expected. */
const NO_BODY = { maxBodyBytes: () => 0 };

/** Framework-neutral `(Request, params, sourceIp) => Response` handlers of the whole API. */
export function createSandboxHandlers(given: SandboxDeps): SandboxHandlers {
  const deps = { ...given, maxUploadBytes: given.maxUploadBytes ?? (() => getEnv().UPLOAD_MAX_BYTES) };
  return {
    submitBatch: endpoint(deps, { maxBodyBytes: (d) => d.maxUploadBytes() + MULTIPART_ALLOWANCE_BYTES }, handleSubmit),
    getStatus: endpoint(deps, NO_BODY, handleStatus),
    getRecords: endpoint(deps, NO_BODY, handleRecords),
    getErrored: endpoint(deps, NO_BODY, handleErrored),
    getCustomerData: endpoint(deps, { maxBodyBytes: () => CUSTOMER_LOOKUP_MAX_BYTES }, handleCustomerData),
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
    maxUploadBytes: () => getEnv().UPLOAD_MAX_BYTES,
  };
}

// One set per process, shared by every route module, so the rate limit counts across routes.
const KEY = Symbol.for("population-migration.sandbox-handlers");
type Holder = { [KEY]?: SandboxHandlers };

export function sandboxHandlers(): SandboxHandlers {
  const holder = globalThis as Holder;
  return (holder[KEY] ??= createSandboxHandlers(portalSandboxDeps()));
}
