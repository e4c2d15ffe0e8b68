import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { Issue } from "@/lib/csv/issue";
import { RULES } from "@/lib/csv/rule-catalogue";
import { INTL_LOCALES } from "@/lib/i18n/config";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { acknowledgementText, announcementText, blockedText, headlineText, issueText, ruleText } from "./report-text";
import type { GateInput } from "./upload-gate";

// The sentences the upload dialog shows, from the catalogues, in both languages.
const tEn = createTranslator({ locale: INTL_LOCALES.en, messages: en });
const tAr = createTranslator({ locale: INTL_LOCALES.ar, messages: ar });
const joinEn = (items: string[]) => new Intl.ListFormat(INTL_LOCALES.en, { type: "conjunction" }).format(items);
const joinAr = (items: string[]) => new Intl.ListFormat(INTL_LOCALES.ar, { type: "conjunction" }).format(items);
const issue: Issue = { row: 3, customerId: "C-3", column: "eid_number", code: "EID_SCIENTIFIC", severity: "error", value: "7.8E+14", detail: "validator text" };
const clean: GateInput = { report: { blocking: false, errorCount: 0, warningCount: 0 }, duplicates: { state: "done", count: 0 }, acknowledged: false };

describe("the validation report in the user's language", () => {
  it("words every rule of the catalogue in both languages by its code", () => {
    for (const code of Object.keys(RULES) as (keyof typeof RULES)[]) {
      expect(issueText({ ...issue, code }, tEn).message, code).toBe(en.rules[code].message);
      const arabic = issueText({ ...issue, code }, tAr);
      expect(arabic.message, code).toMatch(/[\u0600-\u06FF]/);
      expect(arabic.hint, code).toMatch(/[\u0600-\u06FF]/);
    }
  });
  it("shows an issue whose code the catalogues do not know by its code", () => {
    const unknown = { ...issue, code: "NEW_RULE" } as unknown as Issue;
    expect(issueText(unknown, tAr)).toEqual({ ...unknown, message: "NEW_RULE", hint: "" });
    expect(ruleText("NEW_RULE", tAr)).toBe("NEW_RULE");
  });
  it("writes the headline in both languages, Latin digits in Arabic", () => {
    expect(headlineText({ rows: 1000, validRows: 1000, errorCount: 0, warningCount: 0 }, tEn)).toBe("No problems found in 1,000 records.");
    expect(headlineText({ rows: 1000, validRows: 998, errorCount: 2, warningCount: 1 }, tEn)).toBe("2 errors and 1 warning in 1,000 records (998 without errors).");
    expect(headlineText({ rows: 1, validRows: 1, errorCount: 0, warningCount: 3 }, tEn)).toBe("3 warnings in 1 record (1 without errors).");
    expect(headlineText({ rows: 1000, validRows: 998, errorCount: 2, warningCount: 1 }, tAr)).toBe("خطأين وتحذير واحد في 1,000 سجل (998 بلا أخطاء).");
    expect(headlineText({ rows: 1, validRows: 1, errorCount: 0, warningCount: 0 }, tAr)).toBe("لم تُوجد مشكلات في سجل واحد.");
  });
  it("does not count records when a header error stopped the check before any", () => {
    expect(headlineText({ rows: 0, validRows: 0, errorCount: 1, warningCount: 0 }, tEn)).toBe("The file could not be read as records: 1 error in the file itself.");
    expect(headlineText({ rows: 0, validRows: 0, errorCount: 1, warningCount: 0 }, tAr)).toBe("تعذّرت قراءة الملف كسجلات: خطأ واحد في الملف نفسه.");
  });
  it("asks to acknowledge every warning, joined the language's way", () => {
    expect(acknowledgementText({ EID_CHECKSUM: 1 }, tEn, joinEn)).toBeNull();
    expect(acknowledgementText({ EID_EXPIRED: 1 }, tEn, joinEn)).toBe("I understand 1 record will likely fail with EXPIRED_EID");
    expect(acknowledgementText({ EID_EXPIRED: 3960 }, tEn, joinEn)).toBe("I understand 3,960 records will likely fail with EXPIRED_EID");
    expect(acknowledgementText({ EID_EXPIRED: 2, NAME_SPACES: 1 }, tEn, joinEn)).toBe(
      "I understand 2 records will likely fail with EXPIRED_EID and 1 record has the warning NAME_SPACES",
    );
    const arabic = acknowledgementText({ EID_EXPIRED: 2, NAME_SPACES: 1 }, tAr, joinAr)!;
    expect(arabic).toMatch(/^أدرك أن سجلين ستفشل/);
    expect(arabic).toContain(" و");
    expect(arabic).not.toMatch(/[a-z]{3,}/);
  });
  it("says why Upload is disabled", () => {
    expect(blockedText(clean, tEn)).toBeNull();
    expect(blockedText({ ...clean, report: { blocking: true, errorCount: 1, warningCount: 0 } }, tEn)).toBe("Upload is disabled because the file has 1 error. Correct it and choose the corrected file.");
    expect(blockedText({ ...clean, report: { blocking: true, errorCount: 12, warningCount: 0 } }, tEn)).toMatch(/has 12 errors\. Correct them/);
    expect(blockedText({ ...clean, report: { blocking: true, errorCount: 12, warningCount: 0 } }, tAr)).toContain("12 خطأ");
  });
  it("announces phases in the user's language", () => {
    const report = { rows: 3, validRows: 3, errorCount: 0, warningCount: 0 };
    expect(announcementText({ key: "announceDone" }, report, tEn)).toBe("Check complete. No problems found in 3 records.");
    expect(announcementText({ key: "announceDone" }, report, tAr)).toBe("اكتمل الفحص. لم تُوجد مشكلات في 3 سجلات.");
    expect(announcementText({ key: "announceChecking", name: "a.csv" }, null, tEn)).toBe("Checking a.csv.");
    expect(announcementText(null, null, tEn)).toBe("");
  });
});
