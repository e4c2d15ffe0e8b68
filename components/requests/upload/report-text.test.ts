import { describe, expect, it } from "vitest";
import type { Issue } from "@/lib/csv/issue";
import { RULES } from "@/lib/csv/rule-catalogue";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { createTranslator } from "@/lib/i18n/translate";
import { localizeIssue, localizedAcknowledgement, localizedHeadline } from "./report-text";

const tAr = createTranslator("ar", ar, en);
const tEn = createTranslator("en", en, en);
const issue: Issue = { row: 3, customerId: "C-3", column: "eid_number", code: "EID_SCIENTIFIC", severity: "error", value: "7.8E+14", message: "English", hint: "Fix" };

describe("the validation report in the user's language", () => {
  it("keeps the validator's English wording in English", () => {
    expect(localizeIssue(issue, "en", tEn)).toBe(issue);
  });
  it("translates every rule of the catalogue into Arabic by its code", () => {
    for (const code of Object.keys(RULES) as (keyof typeof RULES)[]) {
      const localized = localizeIssue({ ...issue, code }, "ar", tAr);
      expect(localized.message, code).toMatch(/[\u0600-\u06FF]/);
      expect(localized.hint, code).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it("keeps the English text for a code the messages do not know", () => {
    const unknown = { ...issue, code: "NEW_RULE" } as unknown as Issue;
    expect(localizeIssue(unknown, "ar", tAr).message).toBe("English");
  });
  it("writes the headline and the acknowledgement in Arabic with Latin digits", () => {
    expect(localizedHeadline({ rows: 1000, validRows: 998, errorCount: 2, warningCount: 1 }, "ar", tAr)).toBe("خطأين وتحذير واحد في 1,000 سجل (998 بلا أخطاء).");
    expect(localizedHeadline({ rows: 1, validRows: 1, errorCount: 0, warningCount: 0 }, "ar", tAr)).toBe("لم تُوجد مشكلات في سجل واحد.");
    expect(localizedHeadline({ rows: 0, validRows: 0, errorCount: 1, warningCount: 0 }, "ar", tAr)).toBe("تعذّرت قراءة الملف كسجلات: خطأ واحد في الملف نفسه.");
    expect(localizedAcknowledgement({ EID_EXPIRED: 3 }, "ar", tAr)).toContain("EXPIRED_EID");
  });
});
