import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { INTL_LOCALES } from "@/lib/i18n/config";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
// The codes the sandbox answers with (from the spec), so a code it can return is never undescribed.
import { BUSINESS_ERRORS, INPUT_ERROR_CODES } from "digitization-sandbox/src/errors/record-errors";
import { businessErrorText } from "./business-error-text";

const tEn = createTranslator({ locale: INTL_LOCALES.en, messages: en });
const tAr = createTranslator({ locale: INTL_LOCALES.ar, messages: ar });

describe("business error descriptions", () => {
  it("describe every business error of the API spec and every input check, in both languages", () => {
    for (const code of [...Object.keys(BUSINESS_ERRORS), ...INPUT_ERROR_CODES]) {
      expect(businessErrorText(code, "api text", tEn), code).not.toBe("api text");
      expect(businessErrorText(code, "api text", tAr), code).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it("fall back to the API's message for a code not described yet", () => {
    expect(businessErrorText("NEW_CODE", "Something new", tAr)).toBe("Something new");
    expect(businessErrorText("NEW_CODE", null, tAr)).toBeNull();
  });
});
