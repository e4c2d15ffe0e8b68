import { createFormatter } from "next-intl";
import { describe, expect, it } from "vitest";
import { INTL_LOCALES, TIME_ZONE, type Locale } from "./config";
import { formatsFor } from "./format";
import { FORMATS } from "./formats";

const formats = (language: Locale) => formatsFor(createFormatter({ locale: INTL_LOCALES[language], timeZone: TIME_ZONE, formats: FORMATS }));

describe("the portal's formats", () => {
  it("writes a moment in UAE time, labelled, whatever the machine's zone", () => {
    expect(formats("en").dateTime("2026-11-27T15:04:44.047Z")).toBe("27 Nov 2026, 19:04 GST");
    // Arabic month names, Latin digits, the same instant.
    const arabic = formats("ar").dateTime("2026-11-27T15:04:44.047Z");
    expect(arabic).toContain("نوفمبر");
    expect(arabic).toContain("19:04");
    expect(arabic).toMatch(/^27 نوفمبر 2026/);
  });
  it("writes a calendar date without shifting it to another day", () => {
    expect(formats("en").day("1993-07-27")).toBe("27 Jul 1993");
    expect(formats("ar").day("1993-07-27")).toBe("27 يوليو 1993");
    expect(formats("en").day("27/07/1993")).toBe("27/07/1993");
  });
  it("says — for a missing or unreadable time", () => {
    expect(formats("en").dateTime(null)).toBe("—");
    expect(formats("en").dateTime("not a date")).toBe("—");
  });
  it("writes counts with Latin digits in both languages", () => {
    expect(formats("en").count(1234567)).toBe("1,234,567");
    expect(formats("ar").count(1234567)).toBe("1,234,567");
  });
  it.each([
    [1, "1 byte", "1 بايت"],
    [500, "500 bytes", "500 بايت"],
    [1234, "1.2 kB", "1.2 كيلوبايت"],
    [15 * 1024 * 1024, "15 MB", "15 م.ب"],
  ])("writes %i bytes as %s / %s, number before unit", (bytes, english, arabic) => {
    expect(formats("en").bytes(bytes)).toBe(english);
    expect(formats("ar").bytes(bytes)).toBe(arabic);
  });
});
