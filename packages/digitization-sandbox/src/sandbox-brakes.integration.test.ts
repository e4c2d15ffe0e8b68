import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./db/open-database";
import { openTestDatabase } from "./testing/test-database";
import { createSandboxServer } from "./http/node-server";
import { CUSTOMER_LOOKUP_MAX_BYTES } from "./http/sandbox-handlers";
import { ALPHA_KEY, csv, goodRow } from "./testing/fixtures";
import { createHarness, read, type Harness } from "./testing/harness";

const MB = 1024 * 1024;
const UNKNOWN_BATCH = "00000000-0000-4000-8000-000000000000";

/** A body of `total` bytes made only as it is read; `pulled()` tells how much was. */
function lazyBody(total: number, chunk = 64 * 1024) {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= total) return controller.close();
        const size = Math.min(chunk, total - pulled);
        pulled += size;
        controller.enqueue(new Uint8Array(size).fill(0x20));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulled: () => pulled };
}

describe("sandbox brakes and body limits", () => {
  let database: Database;
  let h: Harness;
  beforeAll(async () => {
    database = await openTestDatabase();
    h = await createHarness(database, { maxUploadBytes: 200 * 1024 });
  });
  afterAll(async () => database?.close());

  it("answers 401 to 20 wrong keys from one address, then 429 with Retry-After even for the right key; another address still gets 401", async () => {
    h.state.address = "198.51.100.20";
    for (let i = 0; i < 20; i++) {
      expect(await read(h.status(UNKNOWN_BATCH, `wrong-key-${i}`))).toMatchObject({ status: 401, body: { code: "0000000200" } });
    }
    const held = await read(h.status(UNKNOWN_BATCH, "wrong-key-21"));
    expect(held).toMatchObject({ status: 429, body: { code: "RATE_LIMIT_EXCEEDED", parameter: "" } });
    expect(Number(held.headers.get("Retry-After"))).toBeGreaterThan(500);
    expect(Number(held.headers.get("Retry-After"))).toBeLessThanOrEqual(600);
    expect((await h.status(UNKNOWN_BATCH, ALPHA_KEY)).status).toBe(429);

    h.state.address = "198.51.100.21";
    expect((await h.status(UNKNOWN_BATCH, "wrong-key")).status).toBe(401);
    expect((await h.status(UNKNOWN_BATCH, ALPHA_KEY)).status).toBe(404);
  });

  it("counts wrong keys sent in parallel from one address, every one of them", async () => {
    h.state.address = "198.51.100.22";
    const statuses = await Promise.all(Array.from({ length: 20 }, (_, i) => h.status(UNKNOWN_BATCH, `parallel-${i}`).then((r) => r.status)));
    expect(statuses.every((s) => s === 401)).toBe(true);
    expect((await h.status(UNKNOWN_BATCH, ALPHA_KEY)).status).toBe(429);
  });

  it("does not count a missing key or a right key as a guess", async () => {
    h.state.address = "198.51.100.23";
    for (let i = 0; i < 25; i++) expect((await h.status(UNKNOWN_BATCH, null)).status).toBe(401);
    for (let i = 0; i < 25; i++) expect((await h.status(UNKNOWN_BATCH, ALPHA_KEY)).status).toBe(404);
  });

  it("refuses a 30 MB customer lookup with a declared length before reading a byte", async () => {
    h.state.address = "198.51.100.30";
    const body = lazyBody(30 * MB);
    const answer = await read(h.customer(UNKNOWN_BATCH, body.stream, ALPHA_KEY, { "Content-Length": String(30 * MB) }));
    expect(answer).toMatchObject({ status: 413, body: { code: "PAYLOAD_TOO_LARGE", parameter: "body" } });
    expect(body.pulled()).toBe(0);
  });

  it("refuses a 30 MB streamed customer lookup once it passes the limit, without reading the rest", async () => {
    const body = lazyBody(30 * MB, 1024);
    const batch = (await read(h.submit(csv([goodRow(1)])))).body.data.batch_id as string;
    const answer = await read(h.customer(batch, body.stream, ALPHA_KEY));
    expect(answer).toMatchObject({ status: 413, body: { code: "PAYLOAD_TOO_LARGE" } });
    expect(body.pulled()).toBeLessThanOrEqual(CUSTOMER_LOOKUP_MAX_BYTES + 2 * 1024);
    // A lookup of ordinary size is still read and answered.
    expect((await h.customer(batch, { customer_id: "C0000001" })).status).not.toBe(413);
  });

  it("refuses a submit over the upload maximum, declared or streamed, and creates no batch", async () => {
    const before = await database.prisma.sandboxBatch.count();
    const declared = lazyBody(30 * MB);
    const announced = await h.submit(declared.stream, { contentType: "text/csv", headers: { "Content-Length": String(30 * MB) } });
    expect(await read(announced)).toMatchObject({ status: 413, body: { code: "PAYLOAD_TOO_LARGE" } });
    expect(declared.pulled()).toBe(0);
    const streamed = lazyBody(30 * MB);
    expect((await h.submit(streamed.stream, { contentType: "text/csv" })).status).toBe(413);
    expect(streamed.pulled()).toBeLessThan(1 * MB);
    expect(await database.prisma.sandboxBatch.count()).toBe(before);
  });

  it("answers 413 over plain HTTP (standalone server) before the body is sent, and closes the connection", async () => {
    const server = createSandboxServer(h.handlers);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
        const req = http.request({
          host: "127.0.0.1", port, method: "POST", path: `/digitization/v1/batch/${UNKNOWN_BATCH}/getCustomerData`,
          headers: { "x-transaction-key": ALPHA_KEY, "Content-Type": "application/json", "Content-Length": String(30 * MB) },
        }, (res) => {
          let text = "";
          res.on("data", (c: Buffer) => (text += c.toString()));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body: text }));
        });
        req.on("error", reject);
        req.write(Buffer.alloc(64 * 1024, 0x20)); // a start of the body only; the rest never comes
      });
      expect(answer.status).toBe(413);
      expect(answer.connection).toBe("close");
      expect(JSON.parse(answer.body)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("brakes wrong keys per socket address on the standalone server, ignoring X-Forwarded-For", async () => {
    const server = createSandboxServer(h.handlers);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const status = (key: string, forwardedFor: string) =>
        fetch(`http://127.0.0.1:${port}/digitization/v1/batch/${UNKNOWN_BATCH}/status`, { headers: { "x-transaction-key": key, "X-Forwarded-For": forwardedFor } }).then((r) => r.status);
      for (let i = 0; i < 20; i++) expect(await status(`wrong-${i}`, `203.0.113.${i}`)).toBe(401);
      expect(await status("wrong-again", "203.0.113.99")).toBe(429);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
