import { describe, expect, it } from "vitest";
import { formatEid, maskEid } from "./mask-eid";

describe("maskEid", () => {
  it("keeps the country code and the last 4 digits of a 15-digit number", () => {
    expect(maskEid("784300000001855")).toBe("784-****-****185-5");
  });

  it("reads the dashed spelling the same way", () => {
    expect(maskEid("784-3000-0000171-5")).toBe("784-****-****171-5");
  });

  it("never shows the middle digits", () => {
    const masked = maskEid("784198712345671")!;
    expect(masked).not.toContain("1987");
    expect(masked).not.toContain("1234");
    expect(masked.replace(/\D/g, "")).toBe("7845671");
  });

  it("treats absent and blank as no value", () => {
    expect(maskEid(null)).toBeNull();
    expect(maskEid(undefined)).toBeNull();
    expect(maskEid("  ")).toBeNull();
  });

  it("masks damaged values down to their last 4 digits", () => {
    expect(maskEid("7.84300000001855E+14")).toBe("***********1855");
    expect(maskEid("78430000001")).toBe("*******0001");
    expect(maskEid("123456789012345")).toBe("***********2345");
  });

  it("hides very short values entirely", () => {
    expect(maskEid("1234")).toBe("****");
    expect(maskEid("12")).toBe("****");
    expect(maskEid("abc")).toBe("****");
  });
});

describe("formatEid", () => {
  it("prints 15 digits in the card's dashed form", () => {
    expect(formatEid("784300000001855")).toBe("784-3000-0000185-5");
  });

  it("leaves anything else as it came", () => {
    expect(formatEid("78430")).toBe("78430");
  });
});
