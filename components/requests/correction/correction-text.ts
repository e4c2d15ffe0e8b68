import type { BulkFixKind, BulkFixOffer, CellIssue } from "@/lib/csv/correction/correction-api";
import type { Translate } from "@/components/requests/upload/report-text";

// The grid's sentences from the catalogues: the rule's message and fix beside a cell (the same
// `rules.<CODE>` wording as the upload's issues table), and each one-click fix before and after.

const FIX_KEYS = {
  "iso-dates": { offer: "fixIsoDates", done: "fixedIsoDates" },
  "hyphenated-eid": { offer: "fixHyphenatedEid", done: "fixedHyphenatedEid" },
  "surrounding-spaces": { offer: "fixSurroundingSpaces", done: "fixedSurroundingSpaces" },
  "byte-order-mark": { offer: "fixByteOrderMark", done: "fixedByteOrderMark" },
  delimiter: { offer: "fixDelimiter", done: "fixedDelimiter" },
} as const satisfies Record<BulkFixKind, { offer: string; done: string }>;

/** What a fix will do, with its count ("Rewrite 143 dates from YYYY-MM-DD to DD/MM/YYYY"). */
export function fixOfferText(offer: BulkFixOffer, t: Translate): string {
  return t(`correction.${FIX_KEYS[offer.kind].offer}`, { count: offer.cells });
}

/** What a fix did, once pressed ("143 dates rewritten as DD/MM/YYYY."). */
export function fixDoneText(kind: BulkFixKind, changedCells: number, t: Translate): string {
  return t(`correction.${FIX_KEYS[kind].done}`, { count: changedCells });
}

/**
 * A cell's problem and how to fix it. A scientific-notation Emirates ID gets the grid's own
 * fix: its digits are gone, so it can only be typed again from the source system or excluded.
 */
export function cellIssueText(issue: CellIssue, t: Translate): { message: string; hint: string } {
  const message = t(`rules.${issue.code}.message`);
  const hint = issue.code === "EID_SCIENTIFIC" ? t("correction.scientificNote") : t(`rules.${issue.code}.hint`);
  return { message: issue.severity === "warning" ? `${t("upload.warningPrefix")}${message}` : message, hint };
}
