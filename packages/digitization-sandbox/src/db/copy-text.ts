import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

// COPY's text format: a tab between columns, a newline after a row, \N for null, and a
// backslash before the characters that would otherwise mean one of those.
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPED: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** One value as a COPY text column (null or undefined is SQL NULL). */
export function copyField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "number") return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPED[c]!) : value;
}

/** Sends `text` (COPY text lines) with one COPY … FROM STDIN on `client`; the rows PostgreSQL took. */
export async function copyIn(client: pg.PoolClient, statement: string, text: string): Promise<number> {
  const stream = client.query(copyFrom(statement));
  stream.end(text);
  await finished(stream);
  return stream.rowCount;
}
