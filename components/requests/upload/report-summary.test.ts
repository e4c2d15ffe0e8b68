import { describe, expect, it } from "vitest";
import { RULES } from "@/lib/csv/rule-catalogue";
import { errorReportFileName, headline, issuesFromDetails, ruleCounts, warningsToAcknowledge } from "./report-summary";

describe("ruleCounts", () => {
  it("lists errors before warnings, most frequent first, with the catalogue's words", () => {
    const list = ruleCounts({ EID_EXPIRED: 9, EID_CHECKSUM: 2, DATE_FORMAT: 5, BOM: 0 });
    expect(list.map((r) => r.code)).toEqual(["DATE_FORMAT", "EID_CHECKSUM", "EID_EXPIRED"]);
    expect(list[0]).toEqual({ code: "DATE_FORMAT", count: 5, ...RULES.DATE_FORMAT });
  });
  it("ignores codes the catalogue does not know", () => {
    expect(ruleCounts({ NOPE: 3 } as never)).toEqual([]);
  });
});

describe("warningsToAcknowledge", () => {
  it("is empty without warnings", () => expect(warningsToAcknowledge({ EID_CHECKSUM: 1 })).toEqual([]));
  it("lists every warning, most frequent first", () => {
    expect(warningsToAcknowledge({ EID_EXPIRED: 2, NAME_SPACES: 5, EID_CHECKSUM: 9 }).map((w) => [w.code, w.count])).toEqual([["NAME_SPACES", 5], ["EID_EXPIRED", 2]]);
  });
});

describe("errorReportFileName", () => {
  it.each([
    ["customers.csv", "customers-errors.csv"],
    ["Customers.CSV", "Customers-errors.csv"],
    ["export", "export-errors.csv"],
    [".csv", "file-errors.csv"],
  ])("%s → %s", (name, expected) => expect(errorReportFileName(name)).toBe(expected));
});

describe("issuesFromDetails", () => {
  it("keeps well-formed issues, the validator's diagnosis included (wording comes from the catalogues by code)", () => {
    const issues = issuesFromDetails({ firstIssues: [{ row: 3, customerId: "C-3", column: "dob", code: "DATE_FORMAT", value: "1/2/99", detail: "d" }, "junk", { row: 4 }] });
    expect(issues).toEqual([{ row: 3, customerId: "C-3", column: "dob", code: "DATE_FORMAT", severity: "error", value: "1/2/99", detail: "d" }]);
  });
  it("never turns a value into anything but a string", () => {
    const [issue] = issuesFromDetails({ firstIssues: [{ code: "TEXT_MARKUP", value: { toString: "<b>" }, detail: 42 }] });
    expect(issue).toMatchObject({ row: null, column: null, value: "", detail: "" });
  });
  it("is empty for missing or odd details", () => {
    expect(issuesFromDetails(undefined)).toEqual([]);
    expect(issuesFromDetails({ firstIssues: "x" })).toEqual([]);
  });
});

describe("headline", () => {
  const base = { rows: 1000, validRows: 1000, errorCount: 0, warningCount: 0 };
  it("is the clean message when all is well", () => expect(headline(base).key).toBe("headlineClean"));
  it("counts errors and warnings otherwise", () => {
    expect(headline({ ...base, validRows: 998, errorCount: 2, warningCount: 1 })).toEqual({ key: "headline", values: { errors: 2, warnings: 1, records: 1000, valid: 998 } });
    expect(headline({ ...base, warningCount: 3 }).key).toBe("headline");
    // A header error: no record could be read, so the count is about the file.
    expect(headline({ rows: 0, validRows: 0, errorCount: 1, warningCount: 0 }).key).toBe("headlineNoRecords");
  });
});
