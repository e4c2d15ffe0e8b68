import { describe, expect, it } from "vitest";
import { customerIdCode, customerIdFromCode, customerIdNumber } from "./customer-id-key";

describe("customer_id keys", () => {
  it("turns canonical numbers into numbers and nothing else", () => {
    expect(customerIdNumber("100010")).toBe(100010);
    expect(customerIdNumber("0")).toBe(0);
    expect(customerIdNumber("999999999999999")).toBe(999999999999999);
    for (const s of ["00123", "1000000000000000", "12a", "", "-1", "1.5"]) expect(customerIdNumber(s), s).toBe(-1);
  });

  it("encodes short upper-case codes exactly and reversibly", () => {
    const ids = ["CIF0012345", "C-12_9", "0A", "A", "00", "0", "ZZZZZZZZZZ", "__________"];
    const codes = ids.map(customerIdCode);
    expect(new Set(codes).size).toBe(ids.length);
    for (const [i, id] of ids.entries()) expect(customerIdFromCode(codes[i]!)).toBe(id);
    expect(Math.max(...codes)).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
  });

  it("leaves lower case, long and other IDs to the exact string map", () => {
    for (const s of ["cif001", "CIF00123456", "C 1", "محمد", ""]) expect(customerIdCode(s), s).toBe(-1);
  });
});
