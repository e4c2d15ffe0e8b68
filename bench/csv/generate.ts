/**
 * Deterministic generator of EID-template CSV files for benchmarks and load tests. Pure (no Node
 * APIs): the same seed gives the same bytes in Node and in a browser, so the browser harness
 * can build a File from generateCsvChunks() without shipping a 150 MB fixture.
 */
import { luhnCheckDigit } from "../../lib/csv/check-eid";
import { TEMPLATE_HEADER_LINE } from "../../lib/csv/template-columns";

export type GenerateOptions = {
  readonly rows: number;
  readonly seed?: number;
  /** Share of rows with a blocking problem (default 0.02), spread over many kinds of damage. */
  readonly badRate?: number;
  /** Share of otherwise good rows whose card has expired (a warning, default 0.03). */
  readonly expiredRate?: number;
  readonly newline?: "\n" | "\r\n";
  /** Approximate size of each yielded chunk. */
  readonly chunkBytes?: number;
};

const LATIN_FIRST = ["Mohammed", "Ahmed", "Fatima", "Aisha", "Omar", "Kartik", "Priya", "John", "Maria", "Hassan", "Layla", "Yousef", "Rajesh", "Anna", "Abdulrahman", "Mariam"];
const LATIN_LAST = ["Al Mansoori", "Al Hashimi", "Naik", "Khan", "Smith", "Fernandes", "Al Suwaidi", "Menon", "Haddad", "O'Brien", "Al Ketbi", "Siddiqui", "Rahman", "Al Falasi"];
const ARABIC_FIRST = ["محمد", "أحمد", "فاطمة", "عائشة", "عمر", "خالد", "مريم", "يوسف", "عبدالرحمن", "ليلى"];
const ARABIC_LAST = ["المنصوري", "الهاشمي", "السويدي", "الكتبي", "الفلاسي", "النعيمي", "الشامسي", "المزروعي"];
const CONSENTS = ["v1", "v2", "Ver_2.1", "Ver_3.0", "CONSENT-2024-01"];

/** Bad-row kinds, each a (row fields) → damaged fields transformation. */
type Damage = (f: string[], rnd: () => number, prev: readonly string[]) => string[] | string;
const DAMAGE: readonly Damage[] = [
  (f) => { f[1] = f[1]!.slice(0, 14) + String((Number(f[1]!.at(-1)) + 1) % 10); return f; }, // EID_CHECKSUM
  (f) => { f[1] = `${f[1]![0]}.${f[1]!.slice(1)}E+14`; return f; }, // EID_SCIENTIFIC
  (f) => { f[1] = `${f[1]}.0`; return f; }, // EID_DECIMAL
  (f) => { f[1] = `'${f[1]}`; return f; }, // EID_APOSTROPHE
  (f, r) => { f[1] = ["000-0000-0000000-0", "111-1111-1111111-1", "999-9999-9999999-9"][Math.floor(r() * 3)]!; return f; }, // EID_PLACEHOLDER
  (f) => { f[1] = f[1]!.slice(0, 13); return f; }, // EID_LENGTH
  (f) => { const [d, m, y] = f[2]!.split("/"); f[2] = `${y}-${m}-${d}`; return f; }, // DATE_ISO
  (f) => { f[6] = `31/02/${f[6]!.slice(6)}`; return f; }, // DATE_INVALID
  (f) => { f[5] = "45321"; return f; }, // DATE_EXCEL_SERIAL
  (f) => { f[7] = "02/13/1990"; return f; }, // DATE_US_FORMAT
  (f) => { f[4] = "=HYPERLINK(\"http://x\")"; return f; }, // TEXT_FORMULA
  (f) => { f[4] = `${f[4]}\u202Egnp.exe`; return f; }, // TEXT_BIDI
  (f) => { f[4] = "<script>alert(1)</script>"; return f; }, // TEXT_MARKUP
  (f) => { f[4] = f[4]!.replace(/^"|"$/g, "").replace(" ", ", "); return f; }, // ROW_FIELD_COUNT (unquoted comma)
  (f) => { f[3] = ""; return f; }, // REQUIRED_MISSING
  (f) => { const t = f[5]!; f[5] = f[6]!; f[6] = t; return f; }, // ISSUE_AFTER_EXPIRY
  () => "", // BLANK_ROW
  (f, _r, prev) => { f[0] = prev[0]!; return f; }, // CUSTOMER_ID_DUPLICATE
  (f, _r, prev) => { f[1] = prev[1]!; return f; }, // EID_DUPLICATE
];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");
const date = (y: number, m: number, d: number) => `${pad(d)}/${pad(m)}/${y}`;

function goodRow(i: number, rnd: () => number, expired: boolean): string[] {
  const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
  const birthYear = 1950 + Math.floor(rnd() * 56);
  const yearPart = rnd() < 0.1 ? "3000" : String(birthYear);
  // A bijective scramble of i keeps serials unique without a lookup table.
  const serial = pad((i * 7_654_321 + 1_234_567) % 10_000_000, 7);
  const body = `784${yearPart}${serial}`;
  const issueYear = expired ? 2016 + Math.floor(rnd() * 4) : 2022 + Math.floor(rnd() * 4);
  const [im, id] = [1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)];
  // Names on cards are long (4-7 parts), 40% in Arabic script: about 150 bytes a row in all.
  const arabic = rnd() < 0.4;
  const parts = 4 + Math.floor(rnd() * 4);
  const names = Array.from({ length: parts }, (_, k) => (arabic ? pick(k === parts - 1 ? ARABIC_LAST : ARABIC_FIRST) : pick(k === parts - 1 ? LATIN_LAST : LATIN_FIRST)));
  let name = names.join(" ");
  if (!arabic && rnd() < 0.01) name = `"${names.at(-1)}, ${names.slice(0, -1).join(" ")}"`;
  return [
    String(100_000_000_000 + i),
    body + luhnCheckDigit(body),
    date(2015 + Math.floor(rnd() * 11), 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
    pick(CONSENTS),
    name,
    date(issueYear, im, id),
    date(issueYear + 5, im, id),
    date(birthYear, 1 + Math.floor(rnd() * 12), 1 + Math.floor(rnd() * 28)),
  ];
}

/** Yields the file as UTF-8 chunks of about chunkBytes; header first, final newline included. */
export function* generateCsvChunks(options: GenerateOptions): Generator<Uint8Array> {
  const { rows, seed = 42, badRate = 0.02, expiredRate = 0.03, newline = "\n", chunkBytes = 64 * 1024 } = options;
  const rnd = mulberry32(seed);
  const encoder = new TextEncoder();
  let text = TEMPLATE_HEADER_LINE + newline;
  let prev = goodRow(rows, rnd, false);
  for (let i = 0; i < rows; i++) {
    const roll = rnd();
    const fields = goodRow(i, rnd, roll >= badRate && roll < badRate + expiredRate);
    const good = fields.slice();
    const damaged = roll < badRate ? DAMAGE[Math.floor(rnd() * DAMAGE.length)]!(fields, rnd, prev) : fields;
    prev = good;
    text += (typeof damaged === "string" ? damaged : damaged.join(",")) + newline;
    // Strings count UTF-16 units; Arabic is 2 bytes per unit in UTF-8, so this errs on small chunks.
    if (text.length >= chunkBytes / 2) {
      yield encoder.encode(text);
      text = "";
    }
  }
  if (text.length > 0) yield encoder.encode(text);
}

/** The whole file as a string (small row counts, for tests). */
export function generateCsvText(options: GenerateOptions): string {
  const decoder = new TextDecoder();
  let out = "";
  for (const chunk of generateCsvChunks(options)) out += decoder.decode(chunk, { stream: true });
  return out + decoder.decode();
}
