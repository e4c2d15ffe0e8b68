import { describe, expect, it } from "vitest";
import { parseDate } from "./parse-date";

describe("parseDate (DD/MM/YYYY, real calendar dates)", () => {
  it("reads the spec's example dates", () => {
    expect(parseDate("12/03/2026")).toEqual({ ok: true, iso: "2026-03-12" });
    expect(parseDate("27/07/1993")).toEqual({ ok: true, iso: "1993-07-27" });
    expect(parseDate("29/02/2024")).toEqual({ ok: true, iso: "2024-02-29" });
  });

  it.each(["2024-01-01", "1/1/2024", "01-01-2024", "01/01/24", " 01/01/2024", ""])("refuses %j as not DD/MM/YYYY", (value) => {
    expect(parseDate(value)).toEqual({ ok: false, message: "is not a date in DD/MM/YYYY format" });
  });

  it.each(["31/02/1990", "29/02/2023", "00/01/2024", "01/13/2024"])("refuses %s as not a real date", (value) => {
    expect(parseDate(value)).toEqual({ ok: false, message: "is not a real calendar date" });
  });

  it("refuses a year outside 1900-2100", () => {
    expect(parseDate("01/01/0990")).toMatchObject({ ok: false, message: "has a year outside 1900-2100" });
  });
});

/** parseDate as it was, with a RegExp and Date.UTC: the faster reading must agree with it everywhere. */
function parseDateWithDate(value: string) {
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (!match) return { ok: false, message: "is not a date in DD/MM/YYYY format" };
  const [, dd, mm, yyyy] = match as unknown as [string, string, string, string];
  const [d, m, y] = [Number(dd), Number(mm), Number(yyyy)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1) return { ok: false, message: "is not a real calendar date" };
  if (y < 1900 || y > 2100) return { ok: false, message: "has a year outside 1900-2100" };
  return { ok: true, iso: `${yyyy}-${mm}-${dd}` };
}

describe("parseDate against the Date-based reading it replaced", () => {
  it("agrees on every day and month 00-32 / 00-13 across leap, century and out-of-range years", () => {
    const years = ["0000", "0004", "0050", "0099", "0100", "0400", "0990", "1600", "1899", "1900", "1996", "2000", "2023", "2024", "2100", "2101", "2400", "9999"];
    let checked = 0;
    for (const yyyy of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const value = `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${yyyy}`;
          expect(parseDate(value), value).toEqual(parseDateWithDate(value));
          checked++;
        }
      }
    }
    expect(checked).toBe(years.length * 14 * 33);
  });

  it.each(["a1/01/2024", "01/0a/2024", "01/01/20x4", "01/01/2024 ", "01.01.2024", "1/01/20245", "٠١/٠١/٢٠٢٤", "01/01/-024", "+1/01/2024"])("agrees on malformed %j", (value) => {
    expect(parseDate(value)).toEqual(parseDateWithDate(value));
  });
});
