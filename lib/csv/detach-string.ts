/**
 * A copy of s that does not pin its source. V8 keeps substrings of 13+ chars as views into the
 * parent string, and template literals as ropes over their parts, so an issue value or message
 * cut from a 32K-char text batch would keep that whole batch alive: 50,000 issues spread over a
 * file kept 200 MB of text in memory before this. Concatenating then slicing forces a flat copy.
 */
export function detachString(s: string): string {
  return s.length < 13 ? s : (" " + s).slice(1);
}
