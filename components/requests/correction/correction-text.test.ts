import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import type { BulkFixKind } from "@/lib/csv/correction/correction-api";
import { INTL_LOCALES } from "@/lib/i18n/config";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { cellIssueText, fixDoneText, fixOfferText } from "./correction-text";

const tEn = createTranslator({ locale: INTL_LOCALES.en, messages: en });
const tAr = createTranslator({ locale: INTL_LOCALES.ar, messages: ar });
const KINDS: BulkFixKind[] = ["iso-dates", "hyphenated-eid", "surrounding-spaces", "byte-order-mark", "delimiter"];

describe("the correction grid's sentences", () => {
  it("says what a one-click fix will change and, after the click, what it changed", () => {
    expect(fixOfferText({ kind: "iso-dates", cells: 143 }, tEn)).toBe("Rewrite 143 dates from YYYY-MM-DD to DD/MM/YYYY");
    expect(fixDoneText("iso-dates", 143, tEn)).toBe("143 dates rewritten as DD/MM/YYYY.");
    expect(fixDoneText("hyphenated-eid", 1, tEn)).toBe("1 Emirates ID written as 15 digits.");
    for (const kind of KINDS) {
      expect(fixOfferText({ kind, cells: 3 }, tAr), kind).toMatch(/[\u0600-\u06FF]/);
      expect(fixDoneText(kind, 3, tAr), kind).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it("words a cell's problem with the rule's sentence and fix, and explains that a scientific-notation EID cannot be recovered", () => {
    expect(cellIssueText({ column: 2, code: "DATE_ISO", severity: "error" }, tEn)).toEqual({ message: en.rules.DATE_ISO.message, hint: en.rules.DATE_ISO.hint });
    const scientific = cellIssueText({ column: 1, code: "EID_SCIENTIFIC", severity: "error" }, tEn);
    expect(scientific.hint).toMatch(/cannot be recovered/);
    expect(cellIssueText({ column: 1, code: "EID_EXPIRED", severity: "warning" }, tEn).message).toBe(`Warning: ${en.rules.EID_EXPIRED.message}`);
    expect(cellIssueText({ column: 1, code: "EID_SCIENTIFIC", severity: "error" }, tAr).hint).toBe(ar.correction.scientificNote);
  });
});
