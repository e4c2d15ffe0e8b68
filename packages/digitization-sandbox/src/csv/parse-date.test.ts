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
