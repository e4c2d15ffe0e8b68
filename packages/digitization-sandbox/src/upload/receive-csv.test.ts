import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { csv, goodRow } from "../testing/fixtures";
import { receiveCsv } from "./receive-csv";

async function* pieces(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

async function receive(input: string | Uint8Array, size = 1 << 16, flushRows = 3) {
  const bytes = typeof input === "string" ? new TextEncoder().encode(input) : input;
  const batches: string[][][] = [];
  const file = await receiveCsv(pieces(bytes, size), async (rows) => void batches.push(rows), { maxBytes: 1 << 20, flushRows });
  return { file, rows: batches.flat(), batches, sha: createHash("sha256").update(bytes).digest("hex") };
}

describe("receiveCsv", () => {
  const text = csv([goodRow(1), goodRow(2, { 4: 'Naik, "K"\nsecond line' }), goodRow(3), goodRow(4)]);

  it("yields the same exact rows and digest whether the body comes whole or byte by byte", async () => {
    const whole = await receive(text);
    const bytewise = await receive(text, 1);
    expect(whole.file).toEqual({ sha256: whole.sha, byteSize: Buffer.byteLength(text), rowCount: 4, runError: null });
    expect(bytewise.rows).toEqual(whole.rows);
    expect(bytewise.file).toEqual(whole.file);
    expect(whole.rows[1]![4]).toBe('Naik, "K"\nsecond line');
  });

  it("hands rows over in batches instead of holding the file", async () => {
    const { batches, file } = await receive(csv(Array.from({ length: 3000 }, (_, i) => goodRow(i))), 4096, 500);
    expect(file.rowCount).toBe(3000);
    expect(batches.length).toBeGreaterThanOrEqual(3);
    // The parser works in 64 KiB steps, so a batch is the threshold plus at most one step's rows.
    expect(Math.max(...batches.map((b) => b.length))).toBeLessThan(1500);
  });

  it("ignores blank lines and a CRLF file reads like an LF one", async () => {
    const lf = csv([goodRow(1), goodRow(2), goodRow(3)]);
    const { rows, file } = await receive(lf.replace(/\n(?=C0000002)/, "\n\n").replace(/\n/g, "\r\n"), 3);
    expect(file.rowCount).toBe(3);
    expect(rows).toEqual((await receive(lf)).rows);
  });

  it.each([
    ["a workbook", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "INVALID_FILE_FORMAT"],
    ["NUL bytes late in the file", new TextEncoder().encode(text + "x".repeat(600) + "\0"), "INVALID_FILE_FORMAT"],
    ["invalid UTF-8", new Uint8Array([...new TextEncoder().encode(text), 0xff]), "INVALID_FILE_FORMAT"],
    ["a semicolon header", "customer_id;eid_number\n1;2\n", "HEADER_MISMATCH"],
    ["a BOM", "\uFEFF" + text, "HEADER_MISMATCH"],
    ["nothing", "", "EMPTY_FILE"],
    ["blank lines only", "\n\n", "EMPTY_FILE"],
    ["a header only", csv([]), "EMPTY_FILE"],
  ])("fails %s at run level, reports no rows and still hashes every byte", async (_what, input, category) => {
    const { file, sha } = await receive(input, 5);
    expect(file.runError?.category).toBe(category);
    expect(file.rowCount).toBe(0);
    expect(file.sha256).toBe(sha);
  });

  it("names the BOM in the header message", async () => {
    expect((await receive("\uFEFF" + text)).file.runError?.message).toMatch(/byte-order mark/);
  });

  it("refuses a body over the size limit with 413", async () => {
    await expect(receiveCsv(pieces(new Uint8Array(2048), 100), async () => {}, { maxBytes: 1000, flushRows: 10 })).rejects.toMatchObject({ status: 413 });
  });

  it("writes one batch while parsing the next, never two at once, and fails with a failed write", async () => {
    const body = new TextEncoder().encode(csv(Array.from({ length: 50 }, (_, i) => goodRow(i))));
    let writing = 0;
    let most = 0;
    let calls = 0;
    const slowSink = async () => {
      most = Math.max(most, ++writing);
      await new Promise((r) => setTimeout(r, 5));
      writing--;
      if (++calls === 3) throw new Error("database gone");
    };
    await expect(receiveCsv(pieces(body, 64), slowSink, { maxBytes: 1 << 20, flushRows: 5 })).rejects.toThrow("database gone");
    expect(most).toBe(1);
  });
});
