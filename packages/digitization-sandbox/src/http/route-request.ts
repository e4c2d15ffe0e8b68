import type { ApiHandlers, SandboxHandlers } from "./sandbox-handlers";
import { jsonResponse } from "./respond";

// The API's paths, with or without a /sandbox prefix (the portal once served the sandbox under
// it, so base URLs an organization saved with it keep working).
const ROUTES: [string, RegExp, keyof ApiHandlers][] = [
  ["POST", /^(?:\/sandbox)?\/digitization\/v1\/batch\/?$/, "submitBatch"],
  ["GET", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/status\/?$/, "getStatus"],
  ["GET", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/records\/?$/, "getRecords"],
  ["GET", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/errored\/?$/, "getErrored"],
  ["POST", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/getCustomerData\/?$/, "getCustomerData"],
];

/** Key provisioning (admin/admin-endpoint.ts); never under the public API's paths. */
const ADMIN_CLIENT_KEYS = /^\/admin\/v1\/clients\/([^/]+)\/keys\/?$/;

/** Dispatches a request to the handler its method and path name; 404/405 otherwise. */
export function routeRequest(handlers: SandboxHandlers, request: Request, sourceIp: string | null): Promise<Response> {
  const { pathname } = new URL(request.url);
  const admin = ADMIN_CLIENT_KEYS.exec(pathname);
  if (admin) {
    if (request.method === "PUT") return handlers.putClientKeys(request, decodeURIComponent(admin[1]!), sourceIp);
    return Promise.resolve(jsonResponse(405, { code: "METHOD_NOT_ALLOWED", message: "Method not allowed", parameter: "" }));
  }
  let pathMatched = false;
  for (const [method, pattern, name] of ROUTES) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    pathMatched = true;
    if (method !== request.method) continue;
    const batchId = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    return handlers[name](request, batchId === undefined ? {} : { batchId }, sourceIp);
  }
  const [status, code, message] = pathMatched ? [405, "METHOD_NOT_ALLOWED", "Method not allowed"] : [404, "NOT_FOUND", "Not found"];
  return Promise.resolve(jsonResponse(status, { code, message, parameter: "" }));
}
