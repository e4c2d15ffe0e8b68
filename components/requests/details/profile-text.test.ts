import { createFormatter, createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { INTL_LOCALES, TIME_ZONE } from "@/lib/i18n/config";
import { formatsFor } from "@/lib/i18n/format";
import { FORMATS } from "@/lib/i18n/formats";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { fieldLabel, fieldValue, sectionTitle } from "./profile-text";

const tEn = createTranslator({ locale: INTL_LOCALES.en, messages: en });
const tAr = createTranslator({ locale: INTL_LOCALES.ar, messages: ar });
const f = formatsFor(createFormatter({ locale: INTL_LOCALES.en, timeZone: TIME_ZONE, formats: FORMATS }));

describe("the customer profile in words", () => {
  it("labels fields for people in both languages", () => {
    expect(fieldLabel("sponsorNameEn", tEn)).toBe("Sponsor name (English)");
    expect(fieldLabel("sponsorNameEn", tAr)).toBe("اسم الكفيل (بالإنجليزية)");
    expect(sectionTitle("immigrationInfo", tAr)).toBe("الهجرة والتأشيرة");
  });
  it("numbers the entries of a list instead of 'Steps 1 step'", () => {
    expect(fieldLabel("steps.0.step", tEn)).toBe("Step 1: Check");
    expect(fieldLabel("steps.2.result", tEn)).toBe("Step 3: Result");
  });
  it("shows a key no catalogue knows as the API's own name", () => {
    expect(fieldLabel("brandNewField", tEn)).toBe("brandNewField");
    expect(sectionTitle("brandNewSection", tAr)).toBe("brandNewSection");
  });
  it("writes values: yes/no, calendar dates, instants, identifiers as sent", () => {
    expect(fieldValue(true, tAr, f)).toBe("نعم");
    expect(fieldValue("No", tAr, f)).toBe("لا");
    expect(fieldValue("1993-07-27", tEn, f)).toBe("27 Jul 1993");
    expect(fieldValue("2026-11-27T15:04:00Z", tEn, f)).toBe("27 Nov 2026, 19:04 GST");
    expect(fieldValue(1234567, tEn, f)).toBe("1234567");
    expect(fieldValue(null, tEn, f)).toBe("—");
  });
  it("words listed values (gender, emirate, marital status) in the user's language, free text as sent", () => {
    expect(fieldValue("Female", tAr, f, "genderEn")).toBe("أنثى");
    expect(fieldValue("Abu Dhabi", tAr, f, "emirateEn")).toBe("أبوظبي");
    expect(fieldValue("Dead", tEn, f, "maritalStatusEn")).toBe("Deceased");
    expect(fieldValue("ACTIVE", tAr, f, "immigrationStatus")).toBe("سارٍ");
    // A value the catalogue does not list, and the same word in a free-text field, stay as sent.
    expect(fieldValue("Martian", tAr, f, "genderEn")).toBe("Martian");
    expect(fieldValue("Dubai", tAr, f, "sponsorNameEn")).toBe("Dubai");
  });
});
