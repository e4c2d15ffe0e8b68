import { describe, expect, it } from "vitest";
import { routeRequest } from "./route-request";
import type { SandboxHandlers } from "./sandbox-handlers";

const calls: string[] = [];
const handler = (name: string) => async (_r: Request, params?: { batchId?: string }) => {
  calls.push(`${name}:${params?.batchId ?? ""}`);
  return new Response("{}");
};
const handlers: SandboxHandlers = {
  submitBatch: handler("submit"),
  getStatus: handler("status"),
  getRecords: handler("records"),
  getErrored: handler("errored"),
  getCustomerData: handler("customer"),
  putClientKeys: async (_r, ref) => (calls.push(`admin:${ref}`), new Response("{}")),
};
const go = (method: string, path: string) => routeRequest(handlers, new Request(`http://x${path}`, { method }), null);

describe("routeRequest", () => {
  it("routes the API's paths with or without the /sandbox prefix", async () => {
    calls.length = 0;
    await go("POST", "/digitization/v1/batch");
    await go("POST", "/sandbox/digitization/v1/batch/");
    await go("GET", "/digitization/v1/batch/abc/status");
    await go("GET", "/sandbox/digitization/v1/batch/abc/records?page=2");
    await go("GET", "/digitization/v1/batch/abc/errored");
    await go("POST", "/digitization/v1/batch/a%20b/getCustomerData");
    expect(calls).toEqual(["submit:", "submit:", "status:abc", "records:abc", "errored:abc", "customer:a b"]);
  });

  it("routes PUT /admin/v1/clients/{ref}/keys to the admin endpoint, and nothing else there", async () => {
    calls.length = 0;
    await go("PUT", "/admin/v1/clients/org%201/keys");
    expect(calls).toEqual(["admin:org 1"]);
    expect((await go("GET", "/admin/v1/clients/org/keys")).status).toBe(405);
    expect((await go("PUT", "/sandbox/admin/v1/clients/org/keys")).status).toBe(404);
  });

  it("answers unknown paths 404 and wrong methods 405 in the API's error shape", async () => {
    expect(await (await go("GET", "/elsewhere")).json()).toEqual({ code: "NOT_FOUND", message: "Not found", parameter: "" });
    const wrong = await go("DELETE", "/digitization/v1/batch/abc/status");
    expect(wrong.status).toBe(405);
  });
});
