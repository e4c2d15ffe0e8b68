import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open-database";
import { createRateLimiter } from "../http/rate-limiter";
import { createSandboxHandlers } from "../http/sandbox-handlers";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { ALPHA_KEY } from "../testing/fixtures";
import { createHarness, read, TEST_ADMIN_SECRET, type Harness } from "../testing/harness";
import { openTestDatabase } from "../testing/test-database";

const UNKNOWN_BATCH = "00000000-0000-4000-8000-000000000000";
const NEW_KEY = "portal_issued_key_0123456789abcdefXYZ";

describe("PUT /admin/v1/clients/{ref}/keys", () => {
  let database: Database;
  let h: Harness;
  beforeAll(async () => {
    database = await openTestDatabase();
    h = await createHarness(database);
  });
  afterAll(async () => database?.close());

  it("provisions a key for a client: the key opens the API at once (404 for an unknown batch, not 401)", async () => {
    h.state.address = "203.0.113.1";
    expect((await h.status(UNKNOWN_BATCH, NEW_KEY)).status).toBe(401);
    const put = await read(h.putClientKeys("org-1", { name: "Gamma Bank", keys: [{ key: NEW_KEY }] }));
    expect(put).toMatchObject({ status: 200, body: { data: { client_ref: "org-1", keys: 1 }, success: true } });
    expect((await h.status(UNKNOWN_BATCH, NEW_KEY)).status).toBe(404);
    expect(await database.prisma.sandboxClient.findUnique({ where: { ref: "org-1" } })).toMatchObject({ name: "Gamma Bank" });
  });

  it("is idempotent, expires and revokes keys, and a revoked key stays revoked when provisioned again", async () => {
    h.state.address = "203.0.113.2";
    const past = new Date(Date.now() - 1000).toISOString();
    expect((await h.putClientKeys("org-1", { name: "Gamma Bank", keys: [{ key: NEW_KEY, expiresAt: past }] })).status).toBe(200);
    expect((await h.status(UNKNOWN_BATCH, NEW_KEY)).status).toBe(401);
    expect((await h.putClientKeys("org-1", { name: "Gamma Bank", keys: [{ key: NEW_KEY, expiresAt: null }] })).status).toBe(200);
    expect((await h.status(UNKNOWN_BATCH, NEW_KEY)).status).toBe(404);
    expect((await h.putClientKeys("org-1", { name: "Gamma Bank", keys: [{ key: NEW_KEY, revoked: true }] })).status).toBe(200);
    expect((await h.status(UNKNOWN_BATCH, NEW_KEY)).status).toBe(401);
    expect((await h.putClientKeys("org-1", { name: "Gamma Bank", keys: [{ key: NEW_KEY }] })).status).toBe(200);
    expect((await h.status(UNKNOWN_BATCH, NEW_KEY)).status).toBe(401);
  });

  it("refuses another client's key with 409 and changes nothing", async () => {
    const refused = await read(h.putClientKeys("org-2", { name: "Delta", keys: [{ key: ALPHA_KEY }] }));
    expect(refused).toMatchObject({ status: 409, body: { code: "KEY_OF_ANOTHER_CLIENT", parameter: "keys" } });
    expect((await h.status(UNKNOWN_BATCH, ALPHA_KEY)).status).toBe(404);
  });

  it.each([
    ["a body that is not JSON", "not json"],
    ["a key too short to be secret", { name: "X", keys: [{ key: "short" }] }],
    ["an unknown field", { name: "X", keys: [], extra: 1 }],
    ["no name", { keys: [] }],
  ])("answers 400 INVALID_REQUEST to %s", async (_what, body) => {
    const request = new Request("http://sandbox.test/admin/v1/clients/org-3/keys", {
      method: "PUT",
      headers: { authorization: `Bearer ${TEST_ADMIN_SECRET}` },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    expect(await read(h.handlers.putClientKeys(request, "org-3", "203.0.113.3"))).toMatchObject({ status: 400, body: { code: "INVALID_REQUEST" } });
  });

  it("answers 401 to a wrong or missing secret, and the brake on wrong keys holds the address after 20", async () => {
    h.state.address = "203.0.113.4";
    const body = { name: "Intruder", keys: [{ key: "intruder_key_0123456789abcdef" }] };
    expect(await read(h.putClientKeys("org-x", body, null))).toMatchObject({ status: 401, body: { code: "ADMIN_UNAUTHORIZED" } });
    expect((await h.putClientKeys("org-x", body, TEST_ADMIN_SECRET.slice(0, -1))).status).toBe(401);
    expect((await h.putClientKeys("org-x", body, `${TEST_ADMIN_SECRET}x`)).status).toBe(401);
    for (let i = 3; i < 20; i++) expect((await h.putClientKeys("org-x", body, `wrong-${i}`)).status).toBe(401);
    const held = await read(h.putClientKeys("org-x", body));
    expect(held).toMatchObject({ status: 429, body: { code: "RATE_LIMIT_EXCEEDED" } });
    expect(Number(held.headers.get("Retry-After"))).toBeGreaterThan(500);
    expect(await database.prisma.sandboxClient.findUnique({ where: { ref: "org-x" } })).toBeNull();
  });

  it("lets nobody in when no admin secret is configured", async () => {
    const closed = createSandboxHandlers({
      database: async () => database,
      dialect: () => "guide",
      limiter: createRateLimiter(1000),
      registry: syntheticRegistry,
      now: () => new Date(),
      maxUploadBytes: () => 1000,
    });
    for (const authorization of ["Bearer ", "Bearer undefined", `Bearer ${TEST_ADMIN_SECRET}`]) {
      const request = new Request("http://sandbox.test/admin/v1/clients/org-y/keys", { method: "PUT", headers: { authorization }, body: JSON.stringify({ name: "Y", keys: [] }) });
      expect((await closed.putClientKeys(request, "org-y", "203.0.113.5")).status).toBe(401);
    }
  });
});
