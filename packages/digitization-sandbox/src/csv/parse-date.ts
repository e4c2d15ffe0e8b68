// The template's dates: DD/MM/YYYY, real calendar dates (shared/spec/csv-template.md). The
// year is bounded (1900–2100) so a typo such as 0990 is not taken for a date.

export type DateCheck = { ok: true; iso: string } | { ok: false; message: string };

/** A DD/MM/YYYY value as YYYY-MM-DD, or why it is not one. */
export function parseDate(value: string): DateCheck {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return { ok: false, message: "is not a date in DD/MM/YYYY format" };
  const [, dd, mm, yyyy] = match as unknown as [string, string, string, string];
  const [d, m, y] = [Number(dd), Number(mm), Number(yyyy)];
  // Date.UTC rolls 31/02 over into March: a real date survives the round trip unchanged.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return { ok: false, message: "is not a real calendar date" };
  if (y < 1900 || y > 2100) return { ok: false, message: "has a year outside 1900-2100" };
  return { ok: true, iso: `${yyyy}-${mm}-${dd}` };
}
