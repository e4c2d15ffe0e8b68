import { describe, expect, it } from "vitest";
import { checkHeader } from "./check-header";
import { TEMPLATE_COLUMNS } from "./template-columns";

const cols: string[] = [...TEMPLATE_COLUMNS];
const codes = (fields: string[]) => checkHeader(fields).issues.map((i) => i.code);

describe("checkHeader", () => {
  it("accepts the exact template header", () => {
    expect(checkHeader(cols)).toEqual({ usable: true, issues: [] });
  });

  it("reports cosmetic differences per column but keeps the header usable", () => {
    const fields = cols.slice();
    fields[0] = "\uFEFFcustomer_id";
    fields[2] = " onboarding_date ";
    fields[4] = "'name_on_eid'";
    fields[7] = "DOB";
    const result = checkHeader(fields);
    expect(result.usable).toBe(true);
    expect(result.issues.map((i) => [i.code, i.column])).toEqual([
      ["HEADER_MISMATCH", "customer_id"],
      ["HEADER_MISMATCH", "onboarding_date"],
      ["HEADER_MISMATCH", "name_on_eid"],
      ["HEADER_MISMATCH", "dob"],
    ]);
    expect(result.issues[0]!.message).toContain("U+FEFF");
    expect(result.issues[1]!.message).toContain("spaces");
    expect(result.issues[2]!.message).toContain("quotes");
    expect(result.issues[3]!.message).toContain("capital");
  });

  it("says when spaces replace underscores", () => {
    const fields = cols.slice();
    fields[1] = "eid number";
    expect(checkHeader(fields).issues[0]!.message).toContain("instead of underscores");
  });

  it.each([
    [";", "semicolons"],
    ["\t", "tabs"],
    ["|", "pipes"],
  ])("detects %j as delimiter", (sep, label) => {
    const result = checkHeader([cols.join(sep)]);
    expect(result.usable).toBe(false);
    expect(result.issues[0]!.code).toBe("DELIMITER_WRONG");
    expect(result.issues[0]!.message).toContain(label);
  });

  it("detects a missing header line (data on line 1)", () => {
    expect(codes(["100010", "784300000001855", "12/03/2026", "v1", "Kartik Naik", "01/01/2024", "01/01/2029", "27/07/1993"])).toEqual(["HEADER_MISSING"]);
    expect(codes([""])).toEqual(["HEADER_MISSING"]);
  });

  it("names missing, extra, unknown and duplicate columns", () => {
    expect(codes(cols.slice(0, 7))).toEqual(["HEADER_MISSING_COLUMN"]);
    expect(checkHeader(cols.slice(0, 7)).issues[0]!.column).toBe("dob");
    expect(codes([...cols, ""])).toEqual(["HEADER_EXTRA_COLUMN"]);
    expect(codes([...cols, "email"])).toEqual(["HEADER_UNKNOWN_COLUMN"]);
    expect(codes([...cols.slice(0, 7), "customer_id"])).toEqual(["HEADER_DUPLICATE_COLUMN", "HEADER_MISSING_COLUMN"]);
  });

  it("reports columns out of order with the first wrong position", () => {
    const swapped = cols.slice();
    [swapped[2], swapped[7]] = [swapped[7]!, swapped[2]!];
    const result = checkHeader(swapped);
    expect(result.usable).toBe(false);
    expect(result.issues.map((i) => i.code)).toEqual(["HEADER_ORDER"]);
    expect(result.issues[0]!.message).toBe("Header column 3 is 'dob' but should be 'onboarding_date'.");
  });
});
