import { createHash, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/open-database";
import { createRateLimiter } from "@/lib/sandbox/http/rate-limiter";
import { createSandboxServer } from "@/lib/sandbox/http/node-server";
import { createSandboxHandlers } from "@/lib/sandbox/http/sandbox-handlers";
import { seedSandboxDemo } from "@/lib/sandbox/keys/seed-sandbox-demo";
import { processUntilIdle } from "@/lib/sandbox/processing/process-until-idle";
import { syntheticRegistry } from "@/lib/sandbox/registry/synthetic-registry";
import { ALPHA_KEY, csv, goodRow, testEid } from "@/lib/sandbox/testing/fixtures";
import { databaseTargets, openTestDatabase } from "@/lib/testing/database-targets";
import { allowTestHost } from "./allow-test-host";
import { DigitizationError, getBatchRecords, getBatchStatus, getCustomerData, getErroredRecords, submitBatch } from ".";

// The portal's client against the project's own sandbox over real HTTP, in both published
// dialects: what the client parses is what the sandbox serves, and vice versa.
describe.each(databaseTargets().slice(0, 1))("client against the sandbox (%s)", (_name, target) => {
  let database: Database;
  let dialect: "guide" | "reference" = "guide";
  let baseUrl = "";
  let close: () => Promise<void>;
  const rows = [goodRow(1), goodRow(2), goodRow(3, { 1: testEid(1) }), goodRow(4, { 1: testEid(2) })];
  const file = csv(rows);
  let batchId = "";

  beforeAll(async () => {
    database = await openTestDatabase(target);
    await seedSandboxDemo(database.prisma);
    const handlers = createSandboxHandlers({
      prisma: async () => database.prisma, enabled: () => true, dialect: () => dialect,
      limiter: createRateLimiter(1000), registry: syntheticRegistry, now: () => new Date(),
    });
    const server = createSandboxServer(handlers);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const disallow = allowTestHost(baseUrl);
    close = () => new Promise((resolve) => { disallow(); server.closeAllConnections(); server.close(() => resolve()); });
  });
  afterAll(async () => { await close(); await database.close(); });

  const target_ = () => ({ baseUrl, apiKey: ALPHA_KEY });

  it("submits once per Idempotency-Key and processes the batch", async () => {
    const idempotencyKey = randomUUID();
    const sha256 = createHash("sha256").update(file).digest("hex");
    const first = await submitBatch({ ...target_(), idempotencyKey, sha256, body: () => Buffer.from(file) });
    const again = await submitBatch({ ...target_(), idempotencyKey, sha256, body: () => Buffer.from(file) });
    expect(first).toMatchObject({ created: true, status: "pending" });
    expect(again).toMatchObject({ created: false, batchId: first.batchId });
    batchId = first.batchId;
    await processUntilIdle(database.prisma);
  });

  it.each(["guide", "reference"] as const)("reads the status in the %s dialect into the same model", async (d) => {
    dialect = d;
    const status = await getBatchStatus({ ...target_(), batchId });
    expect(status).toMatchObject({ status: "completed", totalRecords: 4, processedRecords: 4, failedRecords: 2, successfulRecords: 2 });
    dialect = "guide";
  });

  it("pages the records with their outcomes and business errors", async () => {
    const page = await getBatchRecords({ ...target_(), batchId, page: 1, limit: 10 });
    expect(page).toMatchObject({ page: 1, totalCount: 4 });
    const failed = page.records.filter((r) => r.status === "failure");
    expect(failed.map((r) => r.businessErrors[0]?.error).sort()).toEqual(["IMMIGRATION_STATUS_INACTIVE", "RESIDENT_NOT_FOUND"]);
  });

  it("returns the errored records with their exact input", async () => {
    const errored = await getErroredRecords({ ...target_(), batchId, pageNo: 1 });
    expect(errored.hasNext).toBe(false);
    expect(errored.items.map((i) => i.inputData.eid_number).sort()).toEqual([testEid(1), testEid(2)].sort());
  });

  it("returns a successful customer's profile, and error details for a failed one", async () => {
    const good = await getCustomerData({ ...target_(), batchId, customerId: rows[0]![0]! });
    expect(good.kind).toBe("profile");
    if (good.kind === "profile") expect(good.profile.sections.residenceInfo.emiratesIdNumber).toBe(rows[0]![1]);
    const bad = await getCustomerData({ ...target_(), batchId, customerId: rows[2]![0]! });
    expect(bad.kind).toBe("record_failed");
  });

  it("maps the sandbox's refusals to typed errors", async () => {
    await expect(getBatchStatus({ baseUrl, apiKey: "sandbox_unknown_key", batchId })).rejects.toMatchObject({ kind: "auth", code: "0000000200" });
    await expect(getBatchStatus({ ...target_(), batchId: randomUUID() })).rejects.toBeInstanceOf(DigitizationError);
    await expect(getBatchStatus({ ...target_(), batchId: randomUUID() })).rejects.toMatchObject({ kind: "not_found", code: "0701020100" });
  });
});
