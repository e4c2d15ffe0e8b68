// Each endpoint function against a real local server: method, path, query, headers and body
// as the API requires them, results normalised, bad input refused before any request, and
// the key absent from every error however it is printed.
import { Readable } from "node:stream";
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { DigitizationError } from "./errors";
import { getBatchRecords, getBatchStatus, getCustomerData, getErroredRecords, submitBatch, type TransportOptions } from "./index";
import * as f from "@/test/digitization-fixtures";
import { closedPortUrl, sendJson, sendRaw, startFaultServer, type FaultHandler, type FaultServer } from "@/test/fault-server";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: FaultHandler): Promise<FaultServer> {
  server = await startFaultServer(handler);
  return server;
}

const fast: TransportOptions = { sleep: async () => undefined, random: () => 0, timeoutMs: 2_000 };
const csv = "customer_id,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob\n";
const sha = "a".repeat(64);

describe("GET endpoints", () => {
  it("getBatchStatus sends the key and JSON content type on a GET", async () => {
    const s = await serve((res) => sendJson(res, 200, f.guideStatus));
    const summary = await getBatchStatus({ baseUrl: `${s.baseUrl}/sandbox/`, apiKey: f.API_KEY, batchId: f.BATCH_ID }, fast);
    // The guide dialect has no batch id in the body; the one asked about fills it in.
    expect(summary).toMatchObject({ batchId: f.BATCH_ID, status: "in_progress" });
    const [req] = s.seen;
    expect(req).toMatchObject({ method: "GET", url: `/sandbox/digitization/v1/batch/${f.BATCH_ID}/status` });
    expect(req?.headers["x-transaction-key"]).toBe(f.API_KEY);
    expect(req?.headers["content-type"]).toBe("application/json");
  });

  it("getBatchRecords asks for page and limit (defaults 1 and 10)", async () => {
    const s = await serve((res) => sendJson(res, 200, f.guideRecordsPage));
    const page = await getBatchRecords({ baseUrl: s.baseUrl, apiKey: f.API_KEY, batchId: f.BATCH_ID, page: 3, limit: 25 }, fast);
    expect(page.records).toHaveLength(2);
    await getBatchRecords({ baseUrl: s.baseUrl, apiKey: f.API_KEY, batchId: f.BATCH_ID }, fast);
    expect(s.seen.map((r) => r.url)).toEqual([
      `/digitization/v1/batch/${f.BATCH_ID}/records?page=3&limit=25`,
      `/digitization/v1/batch/${f.BATCH_ID}/records?page=1&limit=10`,
    ]);
    expect(s.seen[1]?.headers["x-transaction-key"]).toBe(f.API_KEY);
  });

  it("getErroredRecords asks for page_no", async () => {
    const s = await serve((res) => sendJson(res, 200, f.guideErroredPage));
    const page = await getErroredRecords({ baseUrl: s.baseUrl, apiKey: f.API_KEY, batchId: f.BATCH_ID, pageNo: 2 }, fast);
    expect(page.hasNext).toBe(true);
    expect(s.seen[0]?.url).toBe(`/digitization/v1/batch/${f.BATCH_ID}/errored?page_no=2`);
  });
});

describe("getCustomerData", () => {
  const call = (baseUrl: string, customerId = "100010") =>
    getCustomerData({ baseUrl, apiKey: f.API_KEY, batchId: f.BATCH_ID, customerId }, fast);

  it("POSTs the customer id as JSON and returns the profile", async () => {
    const s = await serve((res) => sendJson(res, 200, f.guideCustomerData));
    const result = await call(s.baseUrl);
    expect(result.kind).toBe("profile");
    expect(s.seen[0]).toMatchObject({ method: "POST", url: `/digitization/v1/batch/${f.BATCH_ID}/getCustomerData` });
    expect(JSON.parse(s.seen[0]?.body ?? "")).toEqual({ customer_id: "100010" });
    expect(s.seen[0]?.headers["content-type"]).toBe("application/json");
  });

  it.each([200, 422, 400])("returns a failed record's errors as a result (HTTP %i)", async (code) => {
    const s = await serve((res) => sendJson(res, code, f.guideCustomerFailure));
    const result = await call(s.baseUrl, "100011");
    expect(result).toMatchObject({ kind: "record_failed", failure: { businessErrors: [{ error: "RESIDENT_NOT_FOUND" }] } });
    expect(s.seen).toHaveLength(1);
  });

  it("keeps other refusals as errors", async () => {
    const s = await serve((res, _req, i) =>
      i === 0 ? sendJson(res, 422, { code: "0701020300", message: "Batch not completed", parameter: "" }) : sendJson(res, 404, f.ERROR_BODIES.notFound),
    );
    await expect(call(s.baseUrl)).rejects.toMatchObject({ kind: "rejected", status: 422, code: "0701020300" });
    await expect(call(s.baseUrl)).rejects.toMatchObject({ kind: "not_found" });
  });
});

describe("submitBatch", () => {
  const input = (baseUrl: string, body: Parameters<typeof submitBatch>[0]["body"]) => ({
    baseUrl,
    apiKey: f.API_KEY,
    idempotencyKey: "req-42",
    sha256: sha.toUpperCase(),
    body,
  });

  it("sends the CSV bytes with Idempotency-Key, x-content-sha256 and text/csv; 201 is created", async () => {
    const s = await serve((res) => sendJson(res, 201, { batchId: f.BATCH_ID, status: "pending" }));
    const result = await submitBatch(input(s.baseUrl, new TextEncoder().encode(csv)), fast);
    expect(result).toEqual({ batchId: f.BATCH_ID, status: "pending", rawStatus: "pending", created: true });
    const [req] = s.seen;
    expect(req).toMatchObject({ method: "POST", url: "/digitization/v1/batch", body: csv });
    expect(req?.headers).toMatchObject({
      "x-transaction-key": f.API_KEY,
      "idempotency-key": "req-42",
      "x-content-sha256": sha,
      "content-type": "text/csv",
    });
  });

  it("reads 200 as an idempotent repeat", async () => {
    const s = await serve((res) => sendJson(res, 200, { data: { batch_id: f.BATCH_ID, status: "IN_PROGRESS" }, success: true }));
    await expect(submitBatch(input(s.baseUrl, csv), fast)).resolves.toMatchObject({ created: false, status: "in_progress" });
  });

  it("rebuilds a streamed body from its factory on each retry", async () => {
    const s = await serve((res, _req, i) =>
      i === 0 ? sendJson(res, 503, {}) : sendJson(res, 201, { batchId: f.BATCH_ID, status: "pending" }),
    );
    const result = await submitBatch(input(s.baseUrl, () => Readable.from([Buffer.from(csv.slice(0, 10)), Buffer.from(csv.slice(10))])), fast);
    expect(result.created).toBe(true);
    expect(s.seen.map((r) => r.body)).toEqual([csv, csv]);
  });

  it("sends a bare stream once: it cannot be replayed", async () => {
    const s = await serve((res) => sendJson(res, 503, {}));
    const stream = new Blob([csv]).stream();
    await expect(submitBatch(input(s.baseUrl, stream), fast)).rejects.toMatchObject({ kind: "upstream_unavailable", attempts: 1 });
    expect(s.seen).toHaveLength(1);
    expect(s.seen[0]?.body).toBe(csv);
  });
});

describe("input checks (no request sent)", () => {
  it.each([
    ["a non-UUID batch id", { batchId: "../../admin" }],
    ["an empty key", { apiKey: "" }],
    ["a key with a line break", { apiKey: `${f.API_KEY}\r\nx-evil: 1` }],
    ["a bad base URL", { baseUrl: "ftp://example" }],
  ])("refuses %s", async (_name, override) => {
    const s = await serve((res) => sendJson(res, 200, f.referenceStatus));
    const e = await getBatchStatus({ baseUrl: s.baseUrl, apiKey: f.API_KEY, batchId: f.BATCH_ID, ...override }, fast).catch((x: unknown) => x);
    expect(e).toMatchObject({ kind: "invalid_input" });
    expect(String(e)).not.toContain(f.API_KEY);
    expect(s.seen).toHaveLength(0);
  });

  it("refuses bad paging, customer ids, idempotency keys and hashes", async () => {
    const base = { baseUrl: "http://127.0.0.1:9", apiKey: f.API_KEY, batchId: f.BATCH_ID };
    await expect(getBatchRecords({ ...base, page: 0 }, fast)).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(getErroredRecords({ ...base, pageNo: Number.NaN }, fast)).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(getCustomerData({ ...base, customerId: " " }, fast)).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(submitBatch({ ...base, idempotencyKey: "", body: csv }, fast)).rejects.toMatchObject({ kind: "invalid_input" });
    await expect(submitBatch({ ...base, idempotencyKey: "k", sha256: "xyz", body: csv }, fast)).rejects.toMatchObject({ kind: "invalid_input" });
  });
});

describe("the key never leaks", () => {
  const echo = { code: "0000000200", message: `Invalid Authorization for key ${f.API_KEY}`, parameter: f.API_KEY };
  const scenarios: Array<[string, FaultHandler | "closed"]> = [
    ["refused connection", "closed"],
    ["401 echoing the key", (res) => sendJson(res, 401, echo)],
    ["422 echoing the key", (res) => sendJson(res, 422, { code: f.API_KEY, message: f.API_KEY })],
    ["503 echoing the key", (res) => sendJson(res, 503, { code: f.API_KEY, message: f.API_KEY })],
    ["429 echoing the key", (res) => sendJson(res, 429, echo, { "retry-after": "1" })],
    ["HTML quoting the key", (res) => sendRaw(res, 200, `<html>${f.API_KEY}</html>`, `text/html; k=${f.API_KEY}`)],
    ["2xx refusal echoing the key", (res) => sendJson(res, 200, { data: { status: "x" }, success: false, message: f.API_KEY, code: f.API_KEY })],
  ];

  it.each(scenarios)("%s", async (_name, handler) => {
    const baseUrl = handler === "closed" ? await closedPortUrl() : (await serve(handler)).baseUrl;
    const e = await getBatchStatus({ baseUrl, apiKey: f.API_KEY, batchId: f.BATCH_ID }, { ...fast, maxAttempts: 2 }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DigitizationError);
    const err = e as DigitizationError;
    for (const text of [err.message, String(err), JSON.stringify(err), inspect(err, { depth: 5 }), err.stack ?? ""]) {
      expect(text).not.toContain(f.API_KEY);
    }
  });
});
