import { describe, expect, it } from "vitest";
import { diagnoseDate } from "./diagnose-date";
import { DATE_NOT_DDMMYYYY, DATE_NOT_REAL, DATE_YEAR_OUT_OF_RANGE, formatDate, parseDate, parseIsoDay } from "./parse-date";

describe("parseDate", () => {
  it("packs real DD/MM/YYYY dates as yyyymmdd", () => {
    expect(parseDate("27/07/1993")).toBe(19930727);
    expect(parseDate("29/02/2024")).toBe(20240229);
    expect(parseDate("29/02/2000")).toBe(20000229);
    expect(parseDate("31/12/2100")).toBe(21001231);
  });

  it("rejects impossible calendar dates", () => {
    for (const s of ["31/02/2024", "29/02/2023", "29/02/1900", "31/04/2024", "00/01/2024", "01/13/2024", "01/00/2024"]) {
      expect(parseDate(s), s).toBe(DATE_NOT_REAL);
    }
  });

  it("rejects other shapes and out-of-range years", () => {
    for (const s of ["2024-01-31", "1/3/2024", "01-03-2024", "01/03/24", "45321", "", " 01/03/2024", "01/03/2024 ", "٠١/٠٣/٢٠٢٤"]) {
      expect(parseDate(s), s).toBe(DATE_NOT_DDMMYYYY);
    }
    expect(parseDate("01/01/1899")).toBe(DATE_YEAR_OUT_OF_RANGE);
    expect(parseDate("01/01/2101")).toBe(DATE_YEAR_OUT_OF_RANGE);
  });

  it("formats packed dates back", () => {
    expect(formatDate(20240131)).toBe("31/01/2024");
  });

  it("parses the injected today strictly", () => {
    expect(parseIsoDay("2026-03-12")).toBe(20260312);
    expect(() => parseIsoDay("12/03/2026")).toThrow(RangeError);
    expect(() => parseIsoDay("2026-02-30")).toThrow(RangeError);
  });
});

describe("diagnoseDate", () => {
  const diagnose = (s: string) => diagnoseDate(s, parseDate(s));

  it("recognises ISO dates and says how to write them", () => {
    expect(diagnose("2024-01-31")).toEqual({ code: "DATE_ISO", message: expect.stringContaining("31/01/2024") });
    expect(diagnose("2024-01-31T00:00:00").code).toBe("DATE_ISO");
  });

  it("recognises Excel serial numbers and names the date", () => {
    expect(diagnose("45292")).toEqual({ code: "DATE_EXCEL_SERIAL", message: expect.stringContaining("01/01/2024") });
    expect(diagnose("45321").message).toContain("30/01/2024");
    expect(diagnose("45321.5").code).toBe("DATE_EXCEL_SERIAL");
  });

  it("flags month-first dates as US format with the swapped reading", () => {
    expect(diagnose("02/13/1990")).toEqual({ code: "DATE_US_FORMAT", message: expect.stringContaining("13/02/1990") });
    expect(diagnose("2/13/1990").code).toBe("DATE_US_FORMAT");
  });

  it("explains impossible dates", () => {
    expect(diagnose("31/02/2024")).toEqual({ code: "DATE_INVALID", message: expect.stringContaining("February 2024 has 29 days") });
    expect(diagnose("29/02/2023").message).toContain("28 days");
    expect(diagnose("15/13/2024").code).toBe("DATE_INVALID");
  });

  it("names what is wrong with near-miss formats", () => {
    expect(diagnose("1/3/2024").message).toContain("two digits");
    expect(diagnose("01-03-2024").message).toContain("'/'");
    expect(diagnose("01/03/24").message).toContain("four-digit year");
    expect(diagnose("01/03/2024 00:00").message).toContain("time");
    expect(diagnose("March 1st").code).toBe("DATE_FORMAT");
    expect(diagnose("01/01/1899").code).toBe("DATE_OUT_OF_RANGE");
  });

  it("never returns DATE_NOT_* numbers as codes", () => {
    expect(DATE_NOT_DDMMYYYY).toBeLessThan(0);
    expect(DATE_NOT_REAL).toBeLessThan(0);
  });
});
