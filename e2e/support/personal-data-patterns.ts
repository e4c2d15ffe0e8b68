import { ARABIC_FAMILY, ARABIC_GIVEN } from "digitization-sandbox/src/registry/synthetic-picks";

// What must never be written to a log or to a free-text column: the personal data the e2e
// files upload (e2e/support/csv.ts and the specs' own rows), the Arabic names the sandbox's
// synthetic registry gives every resident (packages/digitization-sandbox/src/registry), and secrets.

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");

/** Given name + family name, as the registry builds `fullNameAr` and the specs spell their rows. */
const ARABIC_FULL_NAME = new RegExp(`(?:${alternatives(ARABIC_GIVEN)})\\s+(?:${alternatives(ARABIC_FAMILY)})`, "u");

export const FORBIDDEN: readonly (readonly [what: string, pattern: RegExp])[] = [
  // Not inside a longer run of digits/hex: SHA-256 digests and UUIDs are everywhere in the log.
  ["an Emirates ID", /(?<![0-9A-Fa-f])784[-\s]?\d{4}[-\s]?\d{7}[-\s]?\d(?![0-9A-Fa-f])/],
  ["a customer name from the test files", /Test Customer|TEST CUSTOMER|Kartik Naik|KARTIK NAIK|Resident Missing|RESIDENT MISSING/],
  ["an Arabic customer name", ARABIC_FULL_NAME],
  // goodRow()'s date of birth, as uploaded and as the registry returns it.
  ["a customer's date of birth", /27\/07\/1993|1993-07-27/],
  ["an API key", /sandbox_(alpha|beta)_[0-9a-f]{16}|pmk_live_[A-Za-z0-9_-]{20,}/],
  ["the demo password", /Demo-Passw0rd!(?! is)/],
];

/** JSON writers may escape non-ASCII (\u0645…): search the text as a reader would see it too. */
export function unescapeJson(text: string): string {
  return text.replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

export type Finding = { where: string; what: string; offset: number };

/** Every kind of forbidden value found in `text` (first occurrence each); never the value itself. */
export function findPersonalData(where: string, text: string): Finding[] {
  const readable = unescapeJson(text);
  return FORBIDDEN.flatMap(([what, pattern]) => {
    const hit = pattern.exec(text) ?? pattern.exec(readable);
    return hit ? [{ where, what, offset: hit.index }] : [];
  });
}
