import { describe, expect, it } from "vitest";
import { checkEid, luhnCheckDigit } from "./check-eid";

// Cases from shared/spec/csv-template.md ("Emirates ID number").
describe("checkEid", () => {
  it("accepts the spec's published numbers, bare and hyphenated, as 15 bare digits", () => {
    expect(checkEid("784300000001715")).toEqual({ ok: true, eid: "784300000001715" });
    expect(checkEid("784300000001855")).toEqual({ ok: true, eid: "784300000001855" });
    expect(checkEid("784-3000-0000185-5")).toEqual({ ok: true, eid: "784300000001855" });
  });

  it("never requires a plausible birth year (3000 occurs in real numbers)", () => {
    const body = "78430001234567";
    expect(checkEid(`${body}${luhnCheckDigit(body)}`).ok).toBe(true);
  });

  it("fails a wrong check digit with INVALID_EID_CHECKSUM", () => {
    expect(checkEid("784300000001856")).toMatchObject({ ok: false, code: "INVALID_EID_CHECKSUM" });
  });

  it.each([
    ["7.84300000001855E+14", /scientific/],
    ["784300000001855.0", /decimal/],
    ["'784300000001855", /apostrophe/],
    ["78430000000185", /14 digits/],
    ["000-0000-0000000-0", /placeholder/],
    ["111-1111-1111111-1", /placeholder/],
    ["999-9999-9999999-9", /placeholder/],
    ["7843-000-0000185-5", /hyphens/],
    ["123300000001855", /784/],
    ["78430000000185x", /digits and hyphens/],
    // 15 plain digits take the short way past the damage checks: the number's own checks still apply.
    ["000000000000000", /placeholder/],
    ["777777777777777", /placeholder/],
    ["123456789012345", /784/],
  ])("names the damage in %s with INVALID_EID_FORMAT", (value, message) => {
    const result = checkEid(value);
    expect(result).toMatchObject({ ok: false, code: "INVALID_EID_FORMAT" });
    expect(result.ok ? "" : result.message).toMatch(message);
  });
});
