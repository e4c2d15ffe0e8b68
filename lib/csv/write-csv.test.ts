import { describe, expect, it } from "vitest";
import type { WordedIssue } from "./issue";
import { errorReportCsv, toCsvCell, toCsvLine } from "./write-csv";

describe("toCsvCell / toCsvLine", () => {
  it("quotes commas, quotes and line breaks per RFC 4180", () => {
    expect(toCsvLine(["a", "Naik, Kartik", 'say "hi"', "two\nlines", "cr\rx"])).toBe('a,"Naik, Kartik","say ""hi""","two\nlines","cr\rx"\r\n');
  });

  it("leaves plain values, Arabic and empty cells alone", () => {
    expect(toCsvLine(["100010", "محمد", "", "O'Brien"])).toBe("100010,محمد,,O'Brien\r\n");
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+971", "'+971"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["  =cmd|' /C calc'!A0", "'  =cmd|' /C calc'!A0"],
  ])("neutralises the formula %j", (value, expected) => {
    expect(toCsvCell(value)).toBe(expected);
  });

  it("neutralises before quoting, so the apostrophe ends up inside the quotes", () => {
    expect(toCsvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(toCsvCell("\rx")).toBe(`"'\rx"`);
  });
});

describe("errorReportCsv", () => {
  const issue: WordedIssue = {
    row: 4, customerId: "C-4", column: "name_on_eid", code: "TEXT_FORMULA", severity: "error",
    value: "=1+1", detail: "", message: "The value starts with =", hint: "Remove it, then save",
  };

  it("writes a header and one line per issue, formula-safe, with a BOM for Excel", () => {
    const text = errorReportCsv([issue, { ...issue, row: null, column: null, code: "BOM", value: "EF BB BF" }]);
    expect(text).toBe(
      "\uFEFFrow,column,code,severity,value,message,hint\r\n" +
        "4,name_on_eid,TEXT_FORMULA,error,'=1+1,The value starts with =,\"Remove it, then save\"\r\n" +
        ",,BOM,error,EF BB BF,The value starts with =,\"Remove it, then save\"\r\n",
    );
  });

  it("can omit the BOM", () => {
    expect(errorReportCsv([], { bom: false })).toBe("row,column,code,severity,value,message,hint\r\n");
  });
});
