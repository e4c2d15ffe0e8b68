import { describe, expect, it } from "vitest";
import { MAX_RECORD_CHARS, RecordReader } from "./record-reader";

type Seen = { records: [number, string[]][]; problems: string[] };

function read(pieces: string[]): Seen {
  const seen: Seen = { records: [], problems: [] };
  const reader = new RecordReader({
    record: (fields, line) => seen.records.push([line, [...fields]]),
    problem: (code, line) => seen.problems.push(`${line}:${code}`),
  });
  for (const p of pieces) reader.push(p);
  reader.end();
  return seen;
}

describe("RecordReader", () => {
  it("reads LF and CRLF files alike, without a phantom last record", () => {
    const expected = [[1, ["a", "b"]], [2, ["c", "d"]]];
    expect(read(["a,b\nc,d\n"]).records).toEqual(expected);
    expect(read(["a,b\r\nc,d\r\n"]).records).toEqual(expected);
    expect(read(["a,b\r\nc,d"]).records).toEqual(expected);
  });

  it("reads CR-only files and says so", () => {
    expect(read(["a,b\rc,d\r"])).toEqual({ records: [[1, ["a", "b"]], [2, ["c", "d"]]], problems: ["1:LINE_ENDINGS_CR"] });
  });

  it("reports mixed line endings once, at the first foreign line", () => {
    const seen = read(["h\nx\r\ny\r\nz\n"]);
    expect(seen.problems).toEqual(["2:LINE_ENDINGS_MIXED"]);
    expect(seen.records.map(([, f]) => f[0])).toEqual(["h", "x", "y", "z"]);
    expect(read(["h\r\nx\ny\r\n"]).problems).toEqual(["2:LINE_ENDINGS_MIXED"]);
  });

  it("unquotes RFC 4180 values: commas, doubled quotes, line breaks", () => {
    const seen = read(['1,"Naik, Kartik","say ""hi""","two\nlines"\n2,x,y,z\n']);
    expect(seen.records).toEqual([[1, ["1", "Naik, Kartik", 'say "hi"', "two\nlines"]], [3, ["2", "x", "y", "z"]]]);
  });

  it("keeps line numbers right when quoted line breaks meet chunk edges", () => {
    const text = 'h\n"a\nb\nc",1\nplain,2\n"q",3\n"d\r\ne",4\nlast,5\n';
    const whole = read([text]);
    expect(whole.records.map(([line, f]) => `${line}:${f[1]}`)).toEqual(["1:undefined", "2:1", "5:2", "6:3", "7:4", "9:5"]);
    for (let at = 1; at < text.length; at++) expect(read([text.slice(0, at), text.slice(at)]), `at ${at}`).toEqual(whole);
  });

  it("stops at an unterminated quote, reporting the line it opened on", () => {
    const seen = read(['a,b\n"open,c\nd,e\n']);
    expect(seen.problems).toEqual(["2:QUOTE_UNTERMINATED"]);
    expect(seen.records).toEqual([[1, ["a", "b"]]]);
  });

  it("reports text after a closing quote", () => {
    expect(read(['a,"b"c,"d"\ne,f\n']).problems).toEqual(["1:QUOTE_MALFORMED"]);
  });

  it("gives up on a record longer than any real one", () => {
    const seen = read(["a,b\n", "x".repeat(MAX_RECORD_CHARS + 10)]);
    expect(seen.problems).toEqual(["2:LINE_TOO_LONG"]);
    const quoted = read(['a,b\n"', "x".repeat(MAX_RECORD_CHARS + 10)]);
    expect(quoted.problems).toEqual(["2:QUOTE_UNTERMINATED"]);
  });

  it("delivers nothing after stop()", () => {
    const seen: number[] = [];
    const reader = new RecordReader({ record: (_f, line) => { seen.push(line); if (line === 2) reader.stop(); }, problem: () => {} });
    reader.push("a\nb\nc\nd\n");
    reader.end();
    expect(seen).toEqual([1, 2]);
  });

  it("handles tiny pieces, e.g. one character at a time", () => {
    const text = 'h,i\n"x,\ny",2\nz,3';
    expect(read([...text])).toEqual(read([text]));
  });
});
