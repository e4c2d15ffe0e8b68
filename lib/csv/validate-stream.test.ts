import { createHash } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import { generateCsvChunks } from "../../bench/csv/generate";
import { FIRST_ISSUES } from "./validation-report";
import { validateStream } from "./validate-stream";
import { HEADER, TODAY, codesOf, csv, eid, row, rows, utf8, validateBytes, validateText } from "./test-support";

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("validateStream", () => {
  it("passes a valid file and fingerprints it like node:crypto", async () => {
    const bytes = utf8(csv(...rows(50)));
    const report = await validateStream(Readable.from([Buffer.from(bytes)]), { today: TODAY });
    expect(report).toMatchObject({ sha256: sha256(bytes), bytes: bytes.length, rows: 50, validRows: 50, errorCount: 0, warningCount: 0, blocking: false, truncated: false, issues: [], today: TODAY });
    expect(report.fileError).toBeUndefined();
  });

  it("uses a hasher the caller brings, or none", async () => {
    const bytes = utf8(csv(...rows(3)));
    const native = await validateStream([bytes], { today: TODAY, hash: createHash("sha256") });
    expect(native.sha256).toBe(sha256(bytes));
    const none = await validateStream([bytes], { today: TODAY, hash: false });
    expect(none).toEqual({ ...native, sha256: "" });
  });

  it("hashes every byte even when validation stops early", async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8("x".repeat(200_000))]);
    const report = await validateBytes(bytes, { chunks: [4096] });
    expect(report.fileError?.code).toBe("FILE_XLSX");
    expect(report.sha256).toBe(sha256(bytes));
    expect(report.bytes).toBe(bytes.length);
  });

  it("matches node:crypto on a generated multi-chunk file", async () => {
    const bytes = new Uint8Array(Array.from(generateCsvChunks({ rows: 5000 })).flatMap((c) => [...c]));
    expect((await validateBytes(bytes, { chunks: [65536] })).sha256).toBe(sha256(bytes));
  });

  it("counts rows, valid rows, errors and warnings consistently", async () => {
    const report = await validateText(csv(
      row({ customer_id: "1", eid_number: eid(1) }),
      row({ customer_id: "2", eid_number: eid(2), eid_expiry_date: "01/01/2025" }),
      row({ customer_id: "3", eid_number: eid(3), dob: "31/02/1990", name_on_eid: "=1" }),
      row({ customer_id: "4", eid_number: eid(1) }),
    ));
    expect(codesOf(report)).toEqual(["3:EID_EXPIRED", "4:TEXT_FORMULA", "4:DATE_INVALID", "5:EID_DUPLICATE"]);
    expect(report).toMatchObject({ rows: 4, validRows: 2, errorCount: 3, warningCount: 1, blocking: true });
    expect(report.counts).toEqual({ EID_EXPIRED: 1, TEXT_FORMULA: 1, DATE_INVALID: 1, EID_DUPLICATE: 1 });
  });

  it("is not blocking with warnings only", async () => {
    const report = await validateText(csv(row({ eid_expiry_date: "01/01/2025" })));
    expect(report).toMatchObject({ blocking: false, errorCount: 0, warningCount: 1, validRows: 1 });
  });

  it("judges expiry against the injected day", async () => {
    const text = csv(row({ eid_expiry_date: "01/03/2026" }));
    expect((await validateText(text, { today: "2026-02-28" })).warningCount).toBe(0);
    expect((await validateText(text, { today: "2026-03-01" })).warningCount).toBe(0);
    expect((await validateText(text, { today: "2026-03-02" })).counts.EID_EXPIRED).toBe(1);
  });

  it("reports a duplicate once per repeat, pointing at the first line", async () => {
    const report = await validateText(csv(row({ eid_number: eid(1) }), row({ customer_id: "9", eid_number: eid(2) }), row({ eid_number: eid(3) }), row({ eid_number: eid(4) })));
    expect(report.issues.map((i) => [i.row, i.code, i.detail])).toEqual([
      [4, "CUSTOMER_ID_DUPLICATE", "customer_id 100010 is already used on line 2."],
      [5, "CUSTOMER_ID_DUPLICATE", "customer_id 100010 is already used on line 2."],
    ]);
    expect(report.validRows).toBe(2);
  });

  it("keeps customer_ids exact across numeric, coded and free-text keys", async () => {
    const ids = ["00123", "123", "0123", "CUST-1", "cust-x", "CUST-1", "cust-x", "Cust-X", "00123"];
    const report = await validateText(csv(...ids.map((id, i) => row({ customer_id: id, eid_number: eid(i) }))));
    expect(report.issues.map((i) => [i.row, i.code, i.value])).toEqual([
      [7, "CUSTOMER_ID_DUPLICATE", "CUST-1"],
      [8, "CUSTOMER_ID_DUPLICATE", "cust-x"],
      [10, "CUSTOMER_ID_DUPLICATE", "00123"],
    ]);
  });

  it("still validates rows under a cosmetically wrong header", async () => {
    const report = await validateText(`${HEADER.replace("dob", "DOB ")}\n${row({ dob: "31/02/1990" })}\n`);
    expect(codesOf(report)).toEqual(["1:HEADER_MISMATCH", "2:DATE_INVALID"]);
    expect(report.fileError).toBeUndefined();
  });

  it("stops at a structurally wrong header without validating rows", async () => {
    const report = await validateText(`${HEADER},email\n${row({ dob: "31/02/1990" })},x\n`);
    expect(codesOf(report)).toEqual(["1:HEADER_UNKNOWN_COLUMN"]);
    expect(report.fileError?.code).toBe("HEADER_UNKNOWN_COLUMN");
    expect(report.rows).toBe(0);
  });

  it("reports the BOM and validates the rest with unchanged line numbers", async () => {
    const report = await validateBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv(row(), row({ eid_number: "784300000001856" })))]));
    expect(codesOf(report)).toEqual(["1:BOM", "3:EID_CHECKSUM", "3:CUSTOMER_ID_DUPLICATE"]);
    // The rule says it all (no diagnosis); its wording is the catalogue's.
    expect(report.issues[0]!.detail).toBe("");
    expect(en.rules.BOM.message).toContain("fails silently");
    expect(report.fileError).toBeUndefined();
  });

  it("numbers rows by the line they start on when quoted values span lines", async () => {
    const report = await validateText(csv(
      row({ customer_id: "1", eid_number: eid(1), name_on_eid: '"Kartik\nNaik"' }),
      row({ customer_id: "2", eid_number: eid(2), name_on_eid: '"Naik, Kartik"' }),
      row({ customer_id: "3", eid_number: eid(3), dob: "bad" }),
    ));
    expect(codesOf(report)).toEqual(["2:TEXT_CONTROL", "5:DATE_FORMAT"]);
  });

  it("reports a repeated header, blank rows and ragged rows without counting them as data", async () => {
    const report = await validateText(csv(...rows(2), HEADER, "", ",,,,,,,", rows(1, 5)[0]!, "1,2,3"));
    expect(codesOf(report)).toEqual(["4:HEADER_REPEATED", "5:BLANK_ROW", "6:BLANK_ROW", "8:ROW_FIELD_COUNT"]);
    expect(report.rows).toBe(4);
    expect(report.validRows).toBe(3);
    expect(report.issues.at(-1)!.detail).toBe("Line 8 has 3 values; the template has 8 (values are missing or the line was broken in two).");
  });

  it("accepts a last line without a final newline, and CRLF files", async () => {
    expect((await validateText(`${HEADER}\r\n${row()}`)).issues).toEqual([]);
    expect((await validateText(`${HEADER}\r\n${row()}\r\n`)).issues).toEqual([]);
  });

  it("caps stored issues but keeps exact counts", async () => {
    const bad = Array.from({ length: 30 }, (_, i) => row({ customer_id: String(i), eid_number: eid(i), dob: "31/02/1990" }));
    const report = await validateText(csv(...bad), { maxStoredIssues: 10 });
    expect(report.issues).toHaveLength(10);
    expect(report).toMatchObject({ truncated: true, errorCount: 30, counts: { DATE_INVALID: 30 }, validRows: 0 });
  });

  it("returns the first issues for the dialog, in file order", async () => {
    const bad = Array.from({ length: 150 }, (_, i) => row({ customer_id: String(i), eid_number: eid(i), dob: "31/02/1990" }));
    const report = await validateText(csv(...bad));
    expect(report.firstIssues).toHaveLength(FIRST_ISSUES);
    expect(report.firstIssues.map((i) => i.row)).toEqual(Array.from({ length: FIRST_ISSUES }, (_, i) => i + 2));
    expect(report.issues).toHaveLength(150);
  });

  it("truncates long values and never interprets them", async () => {
    const name = `<script>${"x".repeat(200)}</script>`;
    const report = await validateText(csv(row({ name_on_eid: name })));
    expect(report.issues[0]!.value).toBe(`${name.slice(0, 64)}…`);
    const huge = await validateText(csv(row({ dob: "9".repeat(100_000), eid_number: "x".repeat(100_000) })));
    for (const issue of huge.issues) expect(issue.detail.length + issue.value.length, issue.code).toBeLessThan(300);
  });

  it("rejects a today that is not YYYY-MM-DD", async () => {
    await expect(validateText(csv(row()), { today: "12/03/2026" })).rejects.toThrow(RangeError);
  });

  it("reports an empty file and a BOM-only file", async () => {
    expect(codesOf(await validateBytes(new Uint8Array()))).toEqual(["null:EMPTY_FILE"]);
    expect(codesOf(await validateBytes(new Uint8Array([0xef, 0xbb, 0xbf])))).toEqual(["null:EMPTY_FILE", "1:BOM"]);
  });
});
