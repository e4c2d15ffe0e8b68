import type { RuleCode } from "./rule-catalogue";

/** How many leading bytes the sniffer wants before deciding (fewer only when the file is shorter). */
export const SNIFF_BYTES = 512;

export type SniffResult = {
  /** A container or encoding the validator cannot read as UTF-8 CSV: stop here. */
  readonly fatal?: { code: RuleCode; value: string; message?: string };
  /** A UTF-8 byte-order mark: reported, then skipped so the rest of the file is still checked. */
  readonly bom: boolean;
};

const startsWith = (b: Uint8Array, sig: readonly number[]) => sig.every((v, i) => b[i] === v);

/** Hex of the first bytes, so the report shows what the file really starts with. */
export function hexPreview(b: Uint8Array, n = 8): string {
  return Array.from(b.subarray(0, n), (x) => x.toString(16).padStart(2, "0").toUpperCase()).join(" ");
}

/**
 * Recognises files that are not UTF-8 CSV from their first bytes. Users rename workbooks and
 * exports to .csv; a specific answer ("this is an Excel workbook") saves a support call.
 */
export function sniffContainer(head: Uint8Array): SniffResult {
  const value = hexPreview(head);
  const fatal = (code: RuleCode, message?: string): SniffResult => ({ fatal: { code, value, message }, bom: false });
  if (head.length === 0) return { fatal: { code: "EMPTY_FILE", value: "" }, bom: false };
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return fatal("FILE_XLSX");
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return fatal("FILE_XLS");
  if (startsWith(head, [0x1f, 0x8b])) return fatal("FILE_GZIP");
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return fatal("FILE_PDF");
  if (startsWith(head, [0xff, 0xfe])) return fatal("ENCODING_UTF16", "The file is saved as UTF-16 little-endian ('Unicode Text'); the platform reads UTF-8 only.");
  if (startsWith(head, [0xfe, 0xff])) return fatal("ENCODING_UTF16", "The file is saved as UTF-16 big-endian; the platform reads UTF-8 only.");
  const bom = startsWith(head, [0xef, 0xbb, 0xbf]);
  const nul = sniffNulBytes(head);
  if (nul) return fatal(nul);
  if (looksLikeMarkup(head, bom ? 3 : 0)) return fatal("FILE_HTML");
  return { bom };
}

/** UTF-16 text without a BOM shows NULs in every other byte; NULs elsewhere mean binary. */
function sniffNulBytes(head: Uint8Array): RuleCode | null {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    if (head[i] === 0) {
      if (i % 2 === 0) even++;
      else odd++;
    }
  }
  if (even + odd === 0) return null;
  const pairs = Math.floor(head.length / 2);
  return Math.max(even, odd) >= pairs * 0.3 && Math.min(even, odd) === 0 ? "ENCODING_UTF16" : "FILE_BINARY";
}

function looksLikeMarkup(head: Uint8Array, from: number): boolean {
  let i = from;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
  if (head[i] !== 0x3c) return false;
  const next = head[i + 1] ?? 0;
  const letter = (next | 0x20) >= 0x61 && (next | 0x20) <= 0x7a;
  return next === 0x21 || next === 0x3f || letter;
}
