import { describe, expect, it } from "vitest";
import { BUSINESS_ERRORS } from "../errors/record-errors";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { goodEid, goodRow, testEid } from "../testing/fixtures";
import { evaluateRecord } from "./evaluate-record";
import type { StoredRow } from "./stored-row";

const TODAY = "2026-11-22";
const COLS = ["customer_id", "eid_number", "onboarding_date", "consent_version", "name_on_eid", "eid_issue_date", "eid_expiry_date", "dob"] as const;

function stored(values: string[]): StoredRow {
  const row = { row_no: 1, field_count: values.length } as StoredRow;
  COLS.forEach((c, i) => (row[c] = values[i] ?? null));
  return row;
}

const codes = async (values: string[], duplicate = false) => {
  const outcome = await evaluateRecord(stored(values), duplicate, syntheticRegistry, TODAY);
  return outcome.status === "success" ? [] : outcome.errors.map((e) => e.error);
};

describe("evaluateRecord", () => {
  it("finds an ordinary valid row, bare or hyphenated", async () => {
    expect(await codes(goodRow(1))).toEqual([]);
    expect(await codes(goodRow(1, { 1: goodEid(1).replace(/^(\d{3})(\d{4})(\d{7})(\d)$/, "$1-$2-$3-$4") }))).toEqual([]);
  });

  it("returns each test EID's business error with the published step and message", async () => {
    for (const [i, code] of Object.keys(BUSINESS_ERRORS).entries()) {
      for (const year of ["1990", "3000"]) {
        const outcome = await evaluateRecord(stored(goodRow(1, { 1: testEid(i + 1, year) })), false, syntheticRegistry, TODAY);
        expect(outcome).toEqual({ status: "failure", errors: [BUSINESS_ERRORS[code as keyof typeof BUSINESS_ERRORS]] });
      }
    }
    expect(await codes(goodRow(1, { 1: testEid(9) }))).toEqual([]); // 09 is not a scenario
  });

  it("judges expiry against the processing day: before it is EXPIRED_EID, on it is still valid", async () => {
    expect(await codes(goodRow(1, { 6: "21/11/2026" }))).toEqual(["EXPIRED_EID"]);
    expect(await codes(goodRow(1, { 6: "22/11/2026" }))).toEqual([]);
  });

  it("lists every input problem of a row, before any registry lookup", async () => {
    expect(await codes(goodRow(1, { 1: "784199010000010", 5: "2024-01-01", 4: " " }))).toEqual(["MISSING_FIELD", "INVALID_EID_CHECKSUM", "INVALID_DATE"]);
    expect(await codes(goodRow(1, { 1: testEid(1), 7: "29/02/1990" }))).toEqual(["INVALID_DATE"]);
    expect(await codes(goodRow(1, { 1: "'784199010000019" }))).toEqual(["INVALID_EID_FORMAT"]);
    expect(await codes(goodRow(1, { 1: "78419901000001" }))).toEqual(["INVALID_EID_FORMAT"]);
    expect(await codes(goodRow(1, { 1: "" }))).toEqual(["MISSING_FIELD"]);
    expect(await codes(goodRow(1), true)).toEqual(["DUPLICATE_CUSTOMER_ID"]);
    expect(await codes([...goodRow(1), "extra"])).toEqual(["INVALID_ROW_FORMAT"]);
  });
});
