import type { SandboxHandlers } from "./sandbox-handlers";
import { jsonResponse } from "./respond";

// The API's paths, with or without the /sandbox prefix the embedded portal mounts it under,
// so a client's base URL works the same against the portal and the standalone server.
const ROUTES: [string, RegExp, keyof SandboxHandlers][] = [
  ["POST", /^(?:\/sandbox)?\/digitization\/v1\/batch\/?$/, "submitBatch"],
  ["GET", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/status\/?$/, "getStatus"],
  ["GET", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/records\/?$/, "getRecords"],
  ["GET", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/errored\/?$/, "getErrored"],
  ["POST", /^(?:\/sandbox)?\/digitization\/v1\/batch\/([^/]+)\/getCustomerData\/?$/, "getCustomerData"],
];

/** Dispatches a request to the handler its method and path name; 404/405 otherwise. */
export function routeRequest(handlers: SandboxHandlers, request: Request, sourceIp: string | null): Promise<Response> {
  const { pathname } = new URL(request.url);
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
