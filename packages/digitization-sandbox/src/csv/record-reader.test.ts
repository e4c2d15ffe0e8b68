import { describe, expect, it } from "vitest";
import { CsvRecordReader, MAX_RECORD_CHARS, type ReaderProblem } from "./record-reader";

function read(pieces: string[]) {
  const records: string[][] = [];
  const problems: ReaderProblem[] = [];
  const reader = new CsvRecordReader((f) => records.push(f), (p) => problems.push(p));
  for (const p of pieces) reader.push(p);
  reader.end();
  return { records, problems };
}

describe("CsvRecordReader (RFC 4180, streamed)", () => {
  it("reads LF and CRLF records, with or without a final line break", () => {
    expect(read(["a,b\r\nc,d\n", "e,f"]).records).toEqual([["a", "b"], ["c", "d"], ["e", "f"]]);
  });

  it("understands quoted commas, doubled quotes and line breaks, cut anywhere between pieces", () => {
    const text = 'x,"a, ""b""\nc",y\r\nlast,""\n';
    const whole = read([text]).records;
    expect(whole).toEqual([["x", 'a, "b"\nc', "y"], ["last", ""]]);
    for (let cut = 1; cut < text.length; cut++) expect(read([text.slice(0, cut), text.slice(cut)]).records).toEqual(whole);
  });

  it("keeps empty values and hands a blank line out as one empty value (the caller skips it)", () => {
    expect(read(["a,,\n\nb\n"]).records).toEqual([["a", "", ""], [""], ["b"]]);
  });

  it("reports an unclosed quote at the end and stops", () => {
    expect(read(['a,"never closed\nb,c\n'])).toEqual({ records: [], problems: ["QUOTE_UNTERMINATED"] });
  });

  it("refuses a record longer than 1 MiB without waiting for its end", () => {
    const { problems, records } = read(["a,", "x".repeat(MAX_RECORD_CHARS + 1), "\nb\n"]);
    expect(problems).toEqual(["LINE_TOO_LONG"]);
    expect(records).toEqual([]);
  });
});
