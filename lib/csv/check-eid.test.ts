import { describe, expect, it } from "vitest";
import { eidFast, luhnCheckDigit, luhnValid } from "./check-eid";
import { diagnoseEid } from "./diagnose-eid";

describe("eidFast", () => {
  it("accepts the published passing numbers", () => {
    expect(eidFast("784300000001715")).toBe(784300000001715);
    expect(eidFast("784300000001855")).toBe(784300000001855);
  });

  it("rejects a wrong check digit, a wrong prefix, a wrong length and non-digits", () => {
    expect(eidFast("784300000001856")).toBe(-1);
    expect(eidFast("785300000001855")).toBe(-1);
    expect(eidFast("78430000000185")).toBe(-1);
    expect(eidFast("784-3000-0000018-55".slice(0, 15))).toBe(-1);
    expect(eidFast("78430000000185a")).toBe(-1);
  });

  it("never requires a plausible birth year", () => {
    const body = "78430000000123";
    expect(eidFast(body + luhnCheckDigit(body))).toBeGreaterThan(0);
  });
});

describe("luhn", () => {
  it("validates over all 15 digits and computes check digits", () => {
    expect(luhnValid("784300000001715")).toBe(true);
    expect(luhnValid("784300000001716")).toBe(false);
    expect(luhnCheckDigit("78430000000185")).toBe(5);
    expect(luhnCheckDigit("78430000000171")).toBe(5);
  });

  it("catches every single-digit change of a valid number", () => {
    const valid = "784300000001855";
    for (let i = 0; i < valid.length; i++) {
      for (let d = 0; d <= 9; d++) {
        const changed = valid.slice(0, i) + d + valid.slice(i + 1);
        if (changed !== valid) expect(luhnValid(changed), changed).toBe(false);
      }
    }
  });
});

describe("diagnoseEid", () => {
  const code = (s: string) => {
    const d = diagnoseEid(s);
    return d.ok ? `ok:${d.eid}` : d.code;
  };

  it("normalises the hyphenated form", () => {
    expect(code("784-3000-0000171-5")).toBe("ok:784300000001715");
  });

  it.each([
    ["7.84300000001855E+14", "EID_SCIENTIFIC"],
    ["7,84300000001855E+14", "EID_SCIENTIFIC"],
    ["784300000001855.0", "EID_DECIMAL"],
    ["'784300000001855", "EID_APOSTROPHE"],
    ["٧٨٤٣٠٠٠٠٠٠٠٠١٨٥٥", "EID_LOOKALIKE"],
    ["784\u20133000\u20130000185\u20135", "EID_LOOKALIKE"],
    ["７８４300000001855", "EID_LOOKALIKE"],
    ["784-30000-000185-5", "EID_FORMAT"],
    ["784 3000 0000185 5", "EID_FORMAT"],
    ["EID784300000001855", "EID_FORMAT"],
    ["78430000000185", "EID_LENGTH"],
    ["7843000000018555", "EID_LENGTH"],
    ["000-0000-0000000-0", "EID_PLACEHOLDER"],
    ["111-1111-1111111-1", "EID_PLACEHOLDER"],
    ["222-2222-2222222-2", "EID_PLACEHOLDER"],
    ["999-9999-9999999-9", "EID_PLACEHOLDER"],
    ["999999999999999", "EID_PLACEHOLDER"],
    ["123456789012345", "EID_PREFIX"],
    ["784300000001856", "EID_CHECKSUM"],
    ["784-3000-0000185-6", "EID_CHECKSUM"],
  ])("%s → %s", (value, expected) => {
    expect(code(value)).toBe(expected);
  });

  it("shows the number a scientific-notation value stands for", () => {
    const d = diagnoseEid("7.84300000001855E+14");
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.message).toContain("784300000001855");
  });
});
