import { describe, expect, it } from "vitest";
import { generateCsvChunks } from "../../bench/csv/generate";
import { HEADER, csv, row, rows, utf8, validateBytes } from "./test-support";

/** A small file touching every stateful part of the reader: BOM, CRLF, Arabic, quotes, quoted line breaks, errors, duplicates. */
const RICH = [0xef, 0xbb, 0xbf, ...utf8(
  [
    HEADER,
    row({ customer_id: "1", name_on_eid: "محمد عبدالله المنصوري" }),
    row({ customer_id: "2", eid_number: "784300000001715", name_on_eid: '"Naik, Kartik"' }),
    row({ customer_id: "3", eid_number: "784-3000-0000185-5", name_on_eid: '"Kartik\r\nNaik"', eid_expiry_date: "01/01/2025" }),
    row({ customer_id: "4", eid_number: "7.84300000001855E+14", dob: "31/02/1990", name_on_eid: "فاطمة 😀" }),
    "",
    row({ customer_id: "1", eid_number: "784199000000015", name_on_eid: '"Al ""Noor"""' }),
    row({ customer_id: "5", name_on_eid: "=cmd", onboarding_date: "2024-01-31" }),
    "6,784199000000023,12/03/2026,v1,ليلى",
  ].join("\r\n") + "\r\n",
)];
const richBytes = new Uint8Array(RICH);

describe("chunk boundaries", () => {
  it("gives the same report for every two-chunk split of a small file", async () => {
    const whole = await validateBytes(richBytes);
    expect(whole.issues.length).toBeGreaterThan(8);
    for (let at = 1; at < richBytes.length; at++) {
      const split = await validateBytes(richBytes, { chunks: [at, richBytes.length] });
      expect(split, `split at byte ${at}`).toEqual(whole);
    }
  });

  it("gives the same report fed one byte at a time", async () => {
    expect(await validateBytes(richBytes, { chunks: [1] })).toEqual(await validateBytes(richBytes));
  });

  it("keeps multi-byte Arabic characters intact when a chunk ends inside one", async () => {
    const text = csv(row({ name_on_eid: "محمد" }));
    const bytes = utf8(text);
    const byteAt = utf8(text.slice(0, text.indexOf("محمد"))).length + 1; // one byte into the first Arabic letter
    const report = await validateBytes(bytes, { chunks: [byteAt, bytes.length] });
    expect(report.issues).toEqual([]);
    expect(report.validRows).toBe(1);
  });

  it("gives the same report for random chunk sizes over a generated file with errors", async () => {
    const bytes = new Uint8Array(Array.from(generateCsvChunks({ rows: 3000, seed: 7, badRate: 0.1 })).flatMap((c) => [...c]));
    const whole = await validateBytes(bytes);
    expect(whole.errorCount).toBeGreaterThan(100);
    let seed = 1;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 5; run++) {
      const sizes = Array.from({ length: 50 }, () => 1 + Math.floor(random() * 70_000));
      expect(await validateBytes(bytes, { chunks: sizes })).toEqual(whole);
    }
  });

  it("locates invalid UTF-8 identically whatever the chunking", async () => {
    const bytes = new Uint8Array([...utf8(csv(...rows(3))), ...utf8("7,784300000001715,12/03/2026,v1,"), 0xe3, 0xcd, 0x0a]);
    const whole = await validateBytes(bytes);
    expect(whole.fileError?.code).toBe("ENCODING_INVALID_UTF8");
    expect(whole.fileError?.row).toBe(5);
    const offset = bytes.length - 3;
    expect(whole.fileError?.detail).toContain(`Byte ${offset} (line 5) is E3 CD 0A`);
    for (let at = 1; at < bytes.length; at += 7) {
      expect(await validateBytes(bytes, { chunks: [at, bytes.length] }), `split at ${at}`).toEqual(whole);
    }
  });
});
