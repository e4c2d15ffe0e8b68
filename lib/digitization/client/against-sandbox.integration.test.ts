import { createHash, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALPHA_KEY, csv, goodRow, testEid } from "digitization-sandbox/src/testing/fixtures";
import { startTestSandbox, type TestSandbox } from "@/test/start-test-sandbox";
import { allowTestHost } from "@/test/allow-test-host";
import { DigitizationError, getBatchRecords, getBatchStatus, getCustomerData, getErroredRecords, submitBatch } from ".";

// The portal's client against the project's own sandbox, a real process over real HTTP, in both
// published dialects (two sandbox processes on one database): what the client parses is what
// the sandbox serves, and vice versa.
describe("client against the sandbox", () => {
  const sandboxes: Partial<Record<"guide" | "reference", TestSandbox>> = {};
  const disallow: (() => void)[] = [];
  let dialect: "guide" | "reference" = "guide";
  const rows = [goodRow(1), goodRow(2), goodRow(3, { 1: testEid(1) }), goodRow(4, { 1: testEid(2) })];
  const file = csv(rows);
  let batchId = "";

  beforeAll(async () => {
    sandboxes.guide = await startTestSandbox();
    sandboxes.reference = await startTestSandbox({ SANDBOX_DIALECT: "reference" }, sandboxes.guide.databaseUrl);
    for (const s of Object.values(sandboxes)) disallow.push(allowTestHost(s.baseUrl));
  });
  afterAll(async () => {
    for (const d of disallow) d();
    await Promise.all(Object.values(sandboxes).map((s) => s.stop()));
  });

  const baseUrl = () => sandboxes[dialect]!.baseUrl;
  const target_ = () => ({ baseUrl: baseUrl(), apiKey: ALPHA_KEY });

  it("submits once per Idempotency-Key and processes the batch", async () => {
    const idempotencyKey = randomUUID();
    const sha256 = createHash("sha256").update(file).digest("hex");
    const first = await submitBatch({ ...target_(), idempotencyKey, sha256, body: () => Buffer.from(file) });
    const again = await submitBatch({ ...target_(), idempotencyKey, sha256, body: () => Buffer.from(file) });
    expect(first).toMatchObject({ created: true, status: "pending" });
    expect(again).toMatchObject({ created: false, batchId: first.batchId });
    batchId = first.batchId;
    await expect.poll(async () => (await getBatchStatus({ ...target_(), batchId })).status, { timeout: 20_000 }).toBe("completed");
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
    await expect(getBatchStatus({ baseUrl: baseUrl(), apiKey: "sandbox_unknown_key", batchId })).rejects.toMatchObject({ kind: "auth", code: "0000000200" });
    await expect(getBatchStatus({ ...target_(), batchId: randomUUID() })).rejects.toBeInstanceOf(DigitizationError);
    await expect(getBatchStatus({ ...target_(), batchId: randomUUID() })).rejects.toMatchObject({ kind: "not_found", code: "0701020100" });
  });
});
