/**
 * Line-ending handling. The parser splits on "\n" for both LF and CRLF files (so a CRLF file
 * needs no second code path) and on "\r" only for old-Mac CR files; the stray "\r" left at the
 * end of a CRLF record is stripped by the reader.
 */
export type LineEnding = "lf" | "crlf" | "cr";

/** The file's line ending from its first line break; null while more text is needed to tell. */
export function detectLineEnding(text: string, final: boolean): LineEnding | null {
  const lf = text.indexOf("\n");
  const cr = text.indexOf("\r");
  if (cr === -1 || (lf !== -1 && lf < cr)) return lf === -1 && !final ? null : "lf";
  if (cr + 1 < text.length) return text.charCodeAt(cr + 1) === 10 ? "crlf" : "cr";
  return final ? "crlf" : null;
}

/** The character that counts lines in this file (CRLF and LF lines both end in "\n"). */
export const lineChar = (ending: LineEnding) => (ending === "cr" ? "\r" : "\n");

/** Position of the first line break that does not match the file's ending, or -1. */
export function findForeignLineBreak(text: string, ending: LineEnding): number {
  if (ending === "lf") return text.indexOf("\r");
  if (ending === "cr") return text.indexOf("\n");
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
    if (i === 0 || text.charCodeAt(i - 1) !== 13) return i;
  }
  return -1;
}

/** How many times `ch` occurs in text[0, end). */
export function countChar(text: string, ch: string, end = text.length): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1 && i < end; i = text.indexOf(ch, i + 1)) n++;
  return n;
}
