import { describe, expect, it } from "vitest";
import { RULES } from "@/lib/csv/rule-catalogue";
import { errorReportFileName, issuesFromDetails, reportHeadline, ruleCounts, warningAcknowledgement } from "./report-summary";

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

describe("warningAcknowledgement", () => {
  it("is null without warnings", () => expect(warningAcknowledgement({ EID_CHECKSUM: 1 })).toBeNull());
  it("names EXPIRED_EID with the record count", () => {
    expect(warningAcknowledgement({ EID_EXPIRED: 3 })).toBe("I understand 3 records will likely fail with EXPIRED_EID");
    expect(warningAcknowledgement({ EID_EXPIRED: 1 })).toBe("I understand 1 record will likely fail with EXPIRED_EID");
    expect(warningAcknowledgement({ EID_EXPIRED: 3960 })).toMatch(/^I understand 3[,.\u00a0\u202f]?960 records will/);
  });
  it("covers every warning", () => {
    expect(warningAcknowledgement({ EID_EXPIRED: 2, NAME_SPACES: 1 })).toBe(
      "I understand 2 records will likely fail with EXPIRED_EID and 1 record has the warning NAME_SPACES",
    );
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
  it("keeps well-formed issues and fills gaps from the catalogue", () => {
    const issues = issuesFromDetails({ firstIssues: [{ row: 3, customerId: "C-3", column: "dob", code: "DATE_FORMAT", value: "1/2/99" }, "junk", { row: 4 }] });
    expect(issues).toEqual([{ row: 3, customerId: "C-3", column: "dob", code: "DATE_FORMAT", severity: "error", value: "1/2/99", message: RULES.DATE_FORMAT.message, hint: RULES.DATE_FORMAT.hint }]);
  });
  it("never turns a value into anything but a string", () => {
    const [issue] = issuesFromDetails({ firstIssues: [{ code: "TEXT_MARKUP", value: { toString: "<b>" }, message: "m", hint: "h" }] });
    expect(issue).toMatchObject({ row: null, column: null, value: "", message: "m", hint: "h" });
  });
  it("is empty for missing or odd details", () => {
    expect(issuesFromDetails(undefined)).toEqual([]);
    expect(issuesFromDetails({ firstIssues: "x" })).toEqual([]);
  });
});

describe("reportHeadline", () => {
  const base = { rows: 1000, validRows: 1000, errorCount: 0, warningCount: 0 };
  it("says when all is well", () => expect(reportHeadline(base)).toBe("No problems found in 1,000 records."));
  it("counts errors and warnings", () => {
    expect(reportHeadline({ ...base, validRows: 998, errorCount: 2, warningCount: 1 })).toBe("2 errors and 1 warning in 1,000 records (998 without errors).");
    expect(reportHeadline({ rows: 1, validRows: 1, errorCount: 0, warningCount: 3 })).toBe("3 warnings in 1 record (1 without errors).");
    expect(reportHeadline({ rows: 0, validRows: 0, errorCount: 1, warningCount: 0 })).toBe("The file could not be read as records: 1 error in the file itself.");
  });
});
