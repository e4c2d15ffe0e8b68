import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../db/open-database";
import { openTestDatabase } from "../testing/test-database";
import { processUntilIdle } from "../processing/process-until-idle";
import { csv, goodRow } from "../testing/fixtures";
import { createHarness, read, type Harness } from "../testing/harness";

const sha = (text: string | Uint8Array) => createHash("sha256").update(text).digest("hex");

/** A body delivered in small pieces, as a network would. */
function trickle(text: string, size = 7): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

describe("submitting batches", () => {
  let database: Database;
  let h: Harness;
  const counts = async () => ({ batches: await database.prisma.sandboxBatch.count(), records: await database.prisma.sandboxRecord.count() });

  beforeAll(async () => {
    database = await openTestDatabase();
    h = await createHarness(database);
  });
  afterAll(async () => database?.close());

  it("returns the same batch for a repeated Idempotency-Key, sequentially and concurrently", async () => {
    const body = csv([goodRow(1), goodRow(2)]);
    const first = await read(h.submit(body, { idempotencyKey: "req-1", sha256: sha(body) }));
    expect(first).toMatchObject({ status: 201, body: { success: true, data: { status: "PENDING", total_records: 2, content_sha256: sha(body) } } });
    const again = await read(h.submit(body, { idempotencyKey: "req-1" }));
    expect(again).toMatchObject({ status: 200, body: { data: { batch_id: first.body.data.batch_id } } });
    const reused = await read(h.submit(csv([goodRow(3)]), { idempotencyKey: "req-1", sha256: sha(csv([goodRow(3)])) }));
    expect(reused).toMatchObject({ status: 409, body: { code: "IDEMPOTENCY_KEY_REUSED" } });
    const before = await counts();
    const racing = await Promise.all([1, 2, 3].map(() => read(h.submit(trickle(body, 64), { idempotencyKey: "req-2" }))));
    expect(racing.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(racing.map((r) => r.body.data.batch_id)).size).toBe(1);
    expect(await counts()).toEqual({ batches: before.batches + 1, records: before.records + 2 });
  });

  it("keeps the Idempotency-Key per client", async () => {
    const body = csv([goodRow(1)]);
    const alpha = await read(h.submit(body, { idempotencyKey: "shared" }));
    const beta = await read(h.submit(body, { idempotencyKey: "shared", key: "sandbox_beta_0123456789abcdef" }));
    expect([alpha.status, beta.status]).toEqual([201, 201]);
    expect(alpha.body.data.batch_id).not.toBe(beta.body.data.batch_id);
  });

  it("refuses a body whose SHA-256 differs from x-content-sha256 and creates nothing", async () => {
    const before = await counts();
    const body = csv(Array.from({ length: 30 }, (_, i) => goodRow(i)));
    const r = await read(h.submit(trickle(body), { sha256: sha(body + "x") }));
    expect(r).toMatchObject({ status: 422, body: { code: "CONTENT_SHA256_MISMATCH", parameter: "x-content-sha256" } });
    expect(r.body.message).toContain(sha(body));
    expect(await counts()).toEqual(before);
    expect((await read(h.submit(body, { sha256: "abc" }))).status).toBe(400);
  });

  it("stores every value exactly as received, whatever characters it holds, and the field count", async () => {
    const odd = 'Tab\there, back\\slash \\N, "quoted"\r\nnext line';
    const rows = [goodRow(1, { 4: odd }), ["C0000002", "784"], [...goodRow(3), "extra"]];
    const r = await read(h.submit(csv(rows), { idempotencyKey: "odd-values" }));
    expect(r.status).toBe(201);
    const stored = await database.prisma.sandboxRecord.findMany({ where: { batchId: r.body.data.batch_id }, orderBy: { rowNo: "asc" } });
    expect(stored.map((s) => [s.rowNo, s.customerId, s.nameOnEid, s.dob, s.fieldCount])).toEqual([
      [1, "C0000001", odd, "27/07/1993", 8],
      [2, "C0000002", null, null, 2],
      [3, "C0000003", "Customer Number 3", "27/07/1993", 9],
    ]);
    // Each record gets its own API id from submit (no column default any more).
    expect(new Set(stored.map((s) => s.id)).size).toBe(3);
    for (const s of stored) expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("marks each row whose non-empty customer_id an earlier row of the batch already had", async () => {
    const [a, b] = [goodRow(1)[0]!, goodRow(2)[0]!];
    const ids = [b, a, "", a, b, "", a, goodRow(3)[0]!];
    const body = csv(ids.map((id, i) => goodRow(i + 10, { 0: id })));
    const r = await read(h.submit(body, { idempotencyKey: "duplicates" }));
    // Another batch with the same customers: duplicates are counted within a batch only.
    await read(h.submit(body, { idempotencyKey: "duplicates-again" }));
    const stored = await database.prisma.sandboxRecord.findMany({ where: { batchId: r.body.data.batch_id }, orderBy: { rowNo: "asc" } });
    expect(stored.map((s) => s.duplicate)).toEqual([false, false, false, true, true, false, true, false]);
  });

  it("leaves nothing behind when an upload passes the size limit after rows were already written", async () => {
    const small = await createHarness(database, { maxUploadBytes: 2 * 1024 * 1024 });
    const before = await counts();
    const big = csv(Array.from({ length: 30_000 }, (_, i) => goodRow(i + 1)));
    expect((await read(small.submit(trickle(big, 64 * 1024), { idempotencyKey: "too-big" }))).status).toBe(413);
    expect(await counts()).toEqual(before);
    // The same key then works for a file that fits: the broken upload holds nothing.
    expect((await read(small.submit(csv([goodRow(1)]), { idempotencyKey: "too-big" }))).status).toBe(201);
  });

  it("requires an Idempotency-Key", async () => {
    expect(await read(h.submit(csv([goodRow(1)]), { idempotencyKey: null }))).toMatchObject({ status: 400, body: { parameter: "Idempotency-Key" } });
  });

  it("reads the same rows from a multipart field `file`, streamed in tiny pieces", async () => {
    const file = csv([goodRow(1), goodRow(2, { 4: 'Al "Noor", Sara' })]);
    const multipart = `--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--XyZ\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\n${file}\r\n--XyZ--\r\n`;
    const r = await read(h.submit(trickle(multipart, 5), { contentType: "multipart/form-data; boundary=XyZ", sha256: sha(file) }));
    expect(r).toMatchObject({ status: 201, body: { data: { total_records: 2 } } });
    await processUntilIdle(database.pool);
    const records = (await read(h.records(r.body.data.batch_id))).body.data.records;
    expect(records.map((x: { name_on_document: string }) => x.name_on_document)).toEqual(["Customer Number 1", 'Al "Noor", Sara']);
    const noFile = `--XyZ\r\nContent-Disposition: form-data; name="note"\r\n\r\nhello\r\n--XyZ--\r\n`;
    expect((await h.submit(noFile, { contentType: "multipart/form-data; boundary=XyZ" })).status).toBe(400);
  });

  it("fails a bad file at run level with a category, never leaving it pending", async () => {
    const cases: [string | Uint8Array, string][] = [
      [new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3, 0xff, 0xfe]), "INVALID_FILE_FORMAT"],
      [new Uint8Array([...new TextEncoder().encode(csv([goodRow(1)])), 0xc3, 0x28, 0x0a]), "INVALID_FILE_FORMAT"],
      [csv([goodRow(1), goodRow(2)]).replace(",v1,", ",\"v1,"), "INVALID_FILE_FORMAT"], // quote never closed
      [csv([goodRow(1)], "customer_id;eid_number;onboarding_date"), "HEADER_MISMATCH"],
      ["\uFEFF" + csv([goodRow(1)]), "HEADER_MISMATCH"],
      ["", "EMPTY_FILE"],
      [csv([]), "EMPTY_FILE"],
    ];
    const ids: string[] = [];
    for (const [body] of cases) {
      const r = await read(h.submit(body));
      expect([ids.length, r]).toMatchObject([ids.length, { status: 201, body: { data: { status: "PENDING", total_records: 0 } } }]);
      ids.push(r.body.data.batch_id);
    }
    await processUntilIdle(database.pool);
    for (const [i, id] of ids.entries()) {
      const guide = (await read(h.status(id))).body.data;
      expect(guide).toMatchObject({ status: "FAILED", total_records: 0, processed_records: 0 });
      expect(guide.summary.errors[0].errorDetail.category).toBe(cases[i]![1]);
      h.state.dialect = "reference";
      const ref = (await read(h.status(id))).body;
      h.state.dialect = "guide";
      expect(ref).toMatchObject({ status: "failed", summary: { errors: [{ errorDetail: { category: cases[i]![1] } }] } });
      expect(ref.summary.errors[0].errorDetail.message.length).toBeGreaterThan(10);
    }
    expect(await database.prisma.sandboxRecord.count({ where: { batchId: { in: ids } } })).toBe(0);
  });
});
