import { clientKeysEndpoint, type AdminHandler } from "../admin/admin-endpoint";
import { handleCustomerData } from "./customer-data-handler";
import { endpoint, type SandboxHandler } from "./endpoint";
import { handleErrored, handleRecords, handleStatus } from "./read-handlers";
import type { SandboxDeps } from "./sandbox-deps";
import { handleSubmit } from "./submit-handler";

export type ApiHandlers = Record<"submitBatch" | "getStatus" | "getRecords" | "getErrored" | "getCustomerData", SandboxHandler>;
export type SandboxHandlers = ApiHandlers & { putClientKeys: AdminHandler };

/** The getCustomerData body is `{"customer_id": "..."}` (at most 200 characters). */
export const CUSTOMER_LOOKUP_MAX_BYTES = 4 * 1024;
/** Room for the multipart envelope around a file of the largest accepted size. */
const MULTIPART_ALLOWANCE_BYTES = 64 * 1024;
/** The read endpoints are GETs: a body is never expected. */
const NO_BODY = { maxBodyBytes: () => 0 };

/** Framework-neutral `(Request, params, sourceIp) => Response` handlers of the whole API and its admin endpoint. */
export function createSandboxHandlers(deps: SandboxDeps, adminSecret?: string): SandboxHandlers {
  return {
    submitBatch: endpoint(deps, { maxBodyBytes: (d) => d.maxUploadBytes() + MULTIPART_ALLOWANCE_BYTES }, handleSubmit),
    getStatus: endpoint(deps, NO_BODY, handleStatus),
    getRecords: endpoint(deps, NO_BODY, handleRecords),
    getErrored: endpoint(deps, NO_BODY, handleErrored),
    getCustomerData: endpoint(deps, { maxBodyBytes: () => CUSTOMER_LOOKUP_MAX_BYTES }, handleCustomerData),
    putClientKeys: clientKeysEndpoint(deps, adminSecret),
  };
}
