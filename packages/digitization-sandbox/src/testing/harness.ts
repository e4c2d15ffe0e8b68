// Drives the real handlers against a test database, the way the HTTP server does.
import { randomUUID } from "node:crypto";
import type { Database } from "../db/open-database";
import type { Dialect } from "../batches/batch-bodies";
import { createSandboxHandlers } from "../http/sandbox-handlers";
import { createRateLimiter } from "../http/rate-limiter";
import { seedSandboxDemo } from "../keys/seed-sandbox-demo";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { ALPHA_KEY } from "./fixtures";

const BASE = "http://sandbox.test/digitization/v1/batch";

export type SubmitOptions = { key?: string | null; idempotencyKey?: string | null; sha256?: string; contentType?: string; headers?: Record<string, string> };
type Body = string | Uint8Array | ReadableStream<Uint8Array>;

export const TEST_ADMIN_SECRET = "test-admin-secret-0123456789abcdef0123";

export async function createHarness(database: Database, opts: { perSecond?: number; clock?: () => number; maxUploadBytes?: number } = {}) {
  await seedSandboxDemo(database.prisma);
  // `address` is the caller's address every request comes from (the brake on wrong keys counts it).
  const state = { dialect: "guide" as Dialect, address: "192.0.2.1" as string | null };
  const handlers = createSandboxHandlers({
    database: async () => database,
    dialect: () => state.dialect,
    // Tests call in bursts; the rate limit has its own test with a frozen clock.
    limiter: createRateLimiter(opts.perSecond ?? 1_000_000, opts.clock),
    registry: syntheticRegistry,
    now: () => new Date(),
    maxUploadBytes: () => opts.maxUploadBytes ?? 300 * 1024 * 1024,
  }, TEST_ADMIN_SECRET);
  const headers = (key: string | null | undefined, extra: Record<string, string> = {}) => ({
    ...(key === null ? {} : { "x-transaction-key": key ?? ALPHA_KEY }),
    "Content-Type": "application/json",
    ...extra,
  });
  const get = (path: string, key?: string | null) => new Request(`${BASE}/${path}`, { headers: headers(key) });
  return {
    state,
    handlers,
    submit(body: Body, o: SubmitOptions = {}) {
      const extra: Record<string, string> = { "Content-Type": o.contentType ?? "text/csv" };
      if (o.idempotencyKey !== null) extra["Idempotency-Key"] = o.idempotencyKey ?? randomUUID();
      if (o.sha256) extra["x-content-sha256"] = o.sha256;
      Object.assign(extra, o.headers);
      const request = new Request(BASE, { method: "POST", headers: headers(o.key, extra), body, duplex: "half" } as RequestInit);
      return handlers.submitBatch(request, {}, state.address);
    },
    status: (batchId: string, key?: string | null) => handlers.getStatus(get(`${batchId}/status`, key), { batchId }, state.address),
    records: (batchId: string, query = "", key?: string | null) => handlers.getRecords(get(`${batchId}/records?${query}`, key), { batchId }, state.address),
    errored: (batchId: string, query = "", key?: string | null) => handlers.getErrored(get(`${batchId}/errored?${query}`, key), { batchId }, state.address),
    putClientKeys(clientRef: string, body: unknown, secret: string | null = TEST_ADMIN_SECRET) {
      const headers: Record<string, string> = { "Content-Type": "application/json", ...(secret === null ? {} : { authorization: `Bearer ${secret}` }) };
      const request = new Request(`http://sandbox.test/admin/v1/clients/${encodeURIComponent(clientRef)}/keys`, { method: "PUT", headers, body: JSON.stringify(body) });
      return handlers.putClientKeys(request, clientRef, state.address);
    },
    customer(batchId: string, body: Body | object, key?: string | null, extraHeaders: Record<string, string> = {}) {
      const text = typeof body === "string" || body instanceof Uint8Array || body instanceof ReadableStream ? body : JSON.stringify(body);
      const init = { method: "POST", headers: headers(key, extraHeaders), body: text, duplex: "half" } as RequestInit;
      return handlers.getCustomerData(new Request(`${BASE}/${batchId}/getCustomerData`, init), { batchId }, state.address);
    },
  };
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

/** Status and parsed JSON body of a response. */
export async function read<T = any>(response: Response | Promise<Response>): Promise<{ status: number; body: T; headers: Headers }> {
  const r = await response;
  return { status: r.status, body: (await r.json()) as T, headers: r.headers };
}
