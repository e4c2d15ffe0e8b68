import { describe, expect, it } from "vitest";
import { BUSINESS_ERRORS } from "../errors/record-errors";
import { syntheticRegistry } from "../registry/synthetic-registry";
import { goodEid, goodRow, testEid } from "../testing/fixtures";
import { evaluateRecords, type Outcome } from "./evaluate-record";
import type { StoredRow } from "./stored-row";

const TODAY = "2026-11-22";
const COLS = ["customer_id", "eid_number", "onboarding_date", "consent_version", "name_on_eid", "eid_issue_date", "eid_expiry_date", "dob"] as const;

function stored(values: string[], duplicate = false): StoredRow & { duplicate: boolean } {
  const row = { row_no: 1, field_count: values.length, duplicate } as StoredRow & { duplicate: boolean };
  COLS.forEach((c, i) => (row[c] = values[i] ?? null));
  return row;
}

const evaluateRecord = async (values: string[], duplicate = false): Promise<Outcome> => (await evaluateRecords([stored(values, duplicate)], syntheticRegistry, TODAY))[0]!;
const codes = async (values: string[], duplicate = false) => {
  const outcome = await evaluateRecord(values, duplicate);
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
        const outcome = await evaluateRecord(goodRow(1, { 1: testEid(i + 1, year) }));
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

  it("judges a chunk in row order, asking the registry once for the rows whose input passed", async () => {
    const asked: number[] = [];
    const counting = { ...syntheticRegistry, screen: (requests: Parameters<typeof syntheticRegistry.screen>[0]) => (asked.push(requests.length), syntheticRegistry.screen(requests)) };
    const rows = [goodRow(1), goodRow(2, { 1: testEid(1) }), goodRow(3, { 7: "31/02/1990" }), goodRow(4, { 1: testEid(6) }), goodRow(5)];
    const outcomes = await evaluateRecords(rows.map((r) => stored(r)), counting, TODAY);
    expect(outcomes.map((o) => (o.status === "success" ? "ok" : o.errors.map((e) => e.error).join()))).toEqual(["ok", "RESIDENT_NOT_FOUND", "INVALID_DATE", "MARITAL_STATUS_DEAD", "ok"]);
    expect(asked).toEqual([4]);
    expect(await evaluateRecords([stored(goodRow(1, { 1: "" }))], counting, TODAY)).toEqual([{ status: "failure", errors: [expect.objectContaining({ error: "MISSING_FIELD" })] }]);
    expect(asked).toEqual([4]); // nothing to ask: no call
  });

  it("refuses a registry that answers fewer records than it was asked", async () => {
    const short = { ...syntheticRegistry, screen: async () => [] };
    await expect(evaluateRecords([stored(goodRow(1))], short, TODAY)).rejects.toThrow("answered 0 of 1");
  });
});
