import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./db/open-database";
import { openTestDatabase } from "./testing/test-database";
import { BUSINESS_ERRORS } from "./errors/record-errors";
import { registerSandboxKey } from "./keys/register-sandbox-key";
import { revokeSandboxKey } from "./keys/revoke-sandbox-key";
import { processUntilIdle } from "./processing/process-until-idle";
import { ALPHA_KEY, BETA_KEY, csv, eid, goodEid, goodRow, testEid, type Row } from "./testing/fixtures";
import { createHarness, read, type Harness } from "./testing/harness";

const SCENARIOS = Object.keys(BUSINESS_ERRORS) as (keyof typeof BUSINESS_ERRORS)[];
const badLuhn = goodEid(13).slice(0, 14) + ((Number(goodEid(13)[14]) + 1) % 10);

// One batch covering every outcome; expected codes by customer_id ([] = success).
const MIXED: [Row, string[]][] = [
  [goodRow(1), []],
  [goodRow(2, { 1: goodEid(2).replace(/^(\d{3})(\d{4})(\d{7})(\d)$/, "$1-$2-$3-$4") }), []],
  [goodRow(3, { 4: 'Naik, "Kartik"' }), []],
  ...SCENARIOS.map((code, i): [Row, string[]] => [goodRow(4 + i, { 1: testEid(i + 1) }), [code]]),
  [goodRow(12, { 6: "01/01/2020" }), ["EXPIRED_EID"]],
  [goodRow(13, { 1: badLuhn }), ["INVALID_EID_CHECKSUM"]],
  [goodRow(14, { 7: "31/02/1990" }), ["INVALID_DATE"]],
  [goodRow(15, { 4: "" }), ["MISSING_FIELD"]],
  [goodRow(16, { 0: goodRow(1)[0]! }), ["DUPLICATE_CUSTOMER_ID"]],
  [goodRow(17).slice(0, 7), ["INVALID_ROW_FORMAT"]],
  [goodRow(18, { 1: "7.84199010000E+14" }), ["INVALID_EID_FORMAT"]],
  [goodRow(19), []],
];

describe("sandbox API", () => {
  let database: Database;
  let h: Harness;
  let mixed: string;

  beforeAll(async () => {
    database = await openTestDatabase();
    h = await createHarness(database);
    const submitted = await read(h.submit(csv(MIXED.map(([row]) => row))));
    expect(submitted.status).toBe(201);
    mixed = submitted.body.data.batch_id;
  });
  afterAll(async () => database?.close());

  it("accepts a batch as PENDING, then completes it with processed = successful + failed", async () => {
    const pending = await read(h.status(mixed));
    expect(pending.body.data).toMatchObject({ status: "PENDING", total_records: 19, processed_records: 0, errored_records: 0, csv_template_type: "EID" });
    await processUntilIdle(database.pool);
    const done = await read(h.status(mixed));
    expect(done.body).toMatchObject({ message: "Batch status fetched successfully", success: true });
    expect(done.body.data).toMatchObject({ status: "COMPLETED", total_records: 19, processed_records: 19, errored_records: 15 });
    expect(done.body.data.csv_header).toEqual(["customer_id", "eid_number", "onboarding_date", "consent_version", "name_on_eid", "eid_issue_date", "eid_expiry_date", "dob"]);
    h.state.dialect = "reference";
    const ref = await read(h.status(mixed));
    h.state.dialect = "guide";
    expect(ref.body).toMatchObject({ batchId: mixed, status: "completed", totalRecords: 19, processedRecords: 19, failedRecords: 15, summary: { successfulRecords: 4, errors: [] } });
    expect(ref.body.completedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(ref.body.data).toBeUndefined();
  });

  it("gives every record exactly its expected outcome, with the published step and message", async () => {
    const { body } = await read(h.records(mixed, "page=1&limit=100"));
    expect(body.data).toMatchObject({ page: 1, limit: 100, total_count: 19, total_pages: 1 });
    const records = body.data.records as Record<string, any>[];
    expect(records.map((r) => r.errors.business_error?.map((e: { error: string }) => e.error) ?? [])).toEqual(MIXED.map(([, codes]) => codes));
    expect(records.map((r) => r.status)).toEqual(MIXED.map(([, codes]) => (codes.length ? "failure" : "success")));
    for (const [i, code] of SCENARIOS.entries()) expect(records[3 + i]!.errors.business_error).toEqual([BUSINESS_ERRORS[code]]);
    expect(Object.keys(records[3]!.errors.business_error[0])).toEqual(["error", "message", "step"]);
    expect(records[13]!.errors.business_error[0]).toMatchObject({ error: "INVALID_DATE", step: "VALIDATE_INPUT", message: expect.stringContaining("dob") });
    const first = records[0]!;
    expect(first).toMatchObject({ batch_id: mixed, customer_id: "C0000001", document_type: "EID", document_number: goodEid(1), errors: {}, validity: "VALID" });
    expect(first.transaction_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.digitization_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(records[1]!.document_number).toBe(goodEid(2)); // hyphenated in the file
    expect(records[2]!.name_on_document).toBe('Naik, "Kartik"');
  });

  it("filters records by status and customer_id (sandbox extensions)", async () => {
    const failures = await read(h.records(mixed, "status=failure&limit=5&page=3"));
    expect(failures.body.data).toMatchObject({ total_count: 15, total_pages: 3 });
    expect(failures.body.data.records.map((r: { customer_id: string }) => r.customer_id)).toEqual(["C0000014", "C0000015", "C0000001", "C0000017", "C0000018"]);
    const successes = await read(h.records(mixed, "status=success"));
    expect(successes.body.data.records.map((r: { customer_id: string }) => r.customer_id)).toEqual(["C0000001", "C0000002", "C0000003", "C0000019"]);
    const customer = await read(h.records(mixed, "customer_id=C0000001"));
    expect(customer.body.data.total_count).toBe(2);
    expect(customer.body.data.records.map((r: { status: string }) => r.status)).toEqual(["success", "failure"]);
    const both = await read(h.records(mixed, "customer_id=C0000001&status=failure"));
    expect(both.body.data.records.map((r: { errors: any }) => r.errors.business_error[0].error)).toEqual(["DUPLICATE_CUSTOMER_ID"]);
  });

  it("lists errored records with their exact CSV strings", async () => {
    const { body } = await read(h.errored(mixed));
    expect(body.data).toMatchObject({ batch_id: mixed, page_no: 1, hasNext: false });
    expect(body.data.data).toHaveLength(15);
    const sci = body.data.data.find((d: any) => d.input_data.customer_id === "C0000018");
    expect(sci).toEqual({
      status: "failure",
      business_errors: [expect.objectContaining({ error: "INVALID_EID_FORMAT", step: "VALIDATE_INPUT" })],
      input_data: { customer_id: "C0000018", eid_number: "7.84199010000E+14", name_on_eid: "Customer Number 18", dob: "27/07/1993", eid_issue_date: "01/01/2024", eid_expiry_date: "31/12/2035", onboarding_date: "12/03/2024", consent_version: "v1" },
    });
    const short = body.data.data.find((d: any) => d.input_data.customer_id === "C0000017");
    expect(short.input_data.dob).toBe("");
  });

  it("returns the profile tree for a success record and error details for a failed one", async () => {
    const ok = await read(h.customer(mixed, { customer_id: "C0000001" }));
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ success: true, data: { batch_id: mixed, status: "success", biometric_completed: false } });
    const tree = ok.body.data.data;
    expect(tree.personalInfo).toMatchObject({ fullNameEn: "CUSTOMER NUMBER 1", dateOfBirth: "1993-07-27", insideUAE: "Yes" });
    expect(tree.personalInfo.currentNationality).toMatch(/^[A-Z]{3}$/);
    expect(tree.residenceInfo).toMatchObject({ emiratesIdNumber: goodEid(1), cardIssueDate: "2024-01-01", cardExpiryDate: "2035-12-31" });
    expect(Object.keys(tree)).toEqual(["personalInfo", "residenceInfo", "immigrationInfo", "passportInfo", "sponsorInfo", "travelInfo", "digitisationReport"]);
    expect(tree.passportInfo.passportNumber).toMatch(/^[A-Z]\d{7}$/);
    expect((await read(h.customer(mixed, { customer_id: "C0000001" }))).body).toEqual(ok.body); // deterministic

    const failed = await read(h.customer(mixed, { customer_id: MIXED[3]![0][0] }));
    expect(failed.body).toMatchObject({ success: false, data: { status: "failure", business_errors: [BUSINESS_ERRORS.RESIDENT_NOT_FOUND] } });
    expect(failed.body.data.data).toBeUndefined();
    const unknown = await read(h.customer(mixed, { customer_id: "nobody" }));
    expect(unknown).toMatchObject({ status: 404, body: { code: "CUSTOMER_NOT_FOUND", parameter: "customer_id" } });
  });

  it("answers bad input with a 4xx that names the problem", async () => {
    const cases: [Promise<Response>, string][] = [
      [h.customer(mixed, "{not json"), "customer_id"],
      [h.customer(mixed, {}), "customer_id"],
      [h.customer(mixed, []), ""],
      [h.records("not-a-uuid"), "batchId"],
      [h.records(mixed, "page=0"), "page"],
      [h.records(mixed, "page=-1"), "page"],
      [h.records(mixed, "page=abc"), "page"],
      [h.records(mixed, "limit=100000"), "limit"],
      [h.records(mixed, "status=maybe"), "status"],
      [h.errored(mixed, "page_no=0"), "page_no"],
      [h.errored(mixed, "page_no=1.5"), "page_no"],
    ];
    for (const [response, parameter] of cases) {
      const r = await read(response);
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ code: "INVALID_REQUEST", parameter });
      expect(r.body.message.length).toBeGreaterThan(5);
    }
    expect((await read(h.records(mixed, "page=99"))).body.data.records).toEqual([]);
  });

  it("refuses keys with the spec's exact 401 bodies, at once after revocation", async () => {
    const missing = { code: "0000000100", message: "Invalid Authorization: missing API key", parameter: "" };
    const invalid = { code: "0000000200", message: "Invalid Authorization", parameter: "" };
    expect(await read(h.status(mixed, null))).toMatchObject({ status: 401, body: missing });
    expect(await read(h.status(mixed, ""))).toMatchObject({ status: 401, body: missing });
    expect(await read(h.status(mixed, "sandbox_unknown_0123456789abcdef"))).toMatchObject({ status: 401, body: invalid });
    expect(await read(h.status(mixed, "bad key with spaces"))).toMatchObject({ status: 401, body: invalid });
    const key = "sandbox_gamma_0123456789abcdef";
    await registerSandboxKey(database.prisma, { clientRef: "gamma", clientName: "Gamma Bank", key });
    const gammaBatch = (await read(h.submit(csv([goodRow(1)]), { key }))).body.data.batch_id;
    expect((await h.status(gammaBatch, key)).status).toBe(200);
    expect(await revokeSandboxKey(database.prisma, { key })).toBe(true);
    expect(await read(h.status(gammaBatch, key))).toMatchObject({ status: 401, body: invalid });
    const expiring = "sandbox_delta_0123456789abcdef";
    await registerSandboxKey(database.prisma, { clientRef: "delta", clientName: "Delta", key: expiring, expiresAt: new Date(Date.now() - 1000) });
    expect(await read(h.status(mixed, expiring))).toMatchObject({ status: 401, body: invalid });
  });

  it("answers another client's batch exactly like an unknown id", async () => {
    const foreign = await h.status(mixed, BETA_KEY);
    const unknown = await h.status("00000000-0000-4000-8000-000000000000", BETA_KEY);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).toBe(await unknown.text());
    expect(await read(h.records(mixed, "", BETA_KEY))).toMatchObject({ status: 404, body: { code: "0701020100", message: "Batch not found", parameter: "" } });
    expect((await h.customer(mixed, { customer_id: "C0000001" }, BETA_KEY)).status).toBe(404);
    expect((await h.errored(mixed, "", ALPHA_KEY)).status).toBe(200);
  });

  it("answers the 26th request of a key within a second with 429, Retry-After and a JSON body", async () => {
    let clock = 1_000_000;
    const limited = await createHarness(database, { perSecond: 25, clock: () => clock });
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await limited.status(mixed)).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await read(limited.status(mixed));
    expect(refused).toMatchObject({ status: 429, body: { code: "RATE_LIMIT_EXCEEDED", parameter: "" } });
    expect(refused.headers.get("Retry-After")).toBe("1");
    expect((await limited.status(mixed, BETA_KEY)).status).toBe(404); // another key has its own bucket
    clock += 1000;
    expect((await limited.status(mixed)).status).toBe(200);
  });

  it("pages a larger batch by indexed ranges: a late page, the failure filter and errored pages", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => goodRow(i + 1, (i + 1) % 7 === 0 ? { 1: eid(String(2_000_000 + i)).slice(0, 14) + "0" } : {}));
    // Some of those "bad" numbers may end in the right check digit by chance; count the real ones.
    const bad = rows.filter((r) => r[1] !== eid(r[1]!.slice(7, 14))).map((r) => r[0]);
    const big = (await read(h.submit(csv(rows)))).body.data.batch_id;
    await processUntilIdle(database.pool, { maxRecords: 300 });
    const late = await read(h.records(big, "page=100&limit=10"));
    expect(late.body.data).toMatchObject({ page: 100, total_count: 1000, total_pages: 100 });
    expect(late.body.data.records.map((r: { customer_id: string }) => r.customer_id)).toEqual(rows.slice(990).map((r) => r[0]));
    const lastFailures = await read(h.records(big, `status=failure&limit=10&page=${Math.ceil(bad.length / 10)}`));
    expect(lastFailures.body.data.records.map((r: { customer_id: string }) => r.customer_id)).toEqual(bad.slice(Math.floor((bad.length - 1) / 10) * 10));
    const pages = [];
    for (let p = 1; ; p++) {
      const page = (await read(h.errored(big, `page_no=${p}`))).body.data;
      pages.push(page);
      if (!page.hasNext) break;
    }
    expect(pages.map((p) => p.data.length)).toEqual(Array.from({ length: Math.ceil(bad.length / 50) }, (_, i) => Math.min(50, bad.length - 50 * i)));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.data.map((d: any) => d.input_data.customer_id))).toEqual(bad);
    expect(pages[0].data[0].input_data.eid_number).toBe(rows[6]![1]);
  });
});
