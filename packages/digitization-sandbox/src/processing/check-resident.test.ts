import { describe, expect, it } from "vitest";
import { isRealDay } from "./check-resident";

/** isRealDay as it was, through a Date round trip: the digit-by-digit reading must agree with it. */
function isRealDayWithDate(value: string): boolean {
  if (!/^(\d{4})-(\d{2})-(\d{2})$/.exec(value)) return false;
  const t = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === value;
}

describe("isRealDay (a registry date, YYYY-MM-DD)", () => {
  it("agrees with the Date round trip on every day and month 00-32 / 00-13 across leap and century years", () => {
    for (const yyyy of ["0000", "0004", "0100", "1900", "1999", "2000", "2023", "2024", "2100", "2400", "9999"]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const value = `${yyyy}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(isRealDay(value), value).toBe(isRealDayWithDate(value));
        }
      }
    }
    expect(isRealDay("2024-02-29")).toBe(true);
    expect(isRealDay("2023-02-29")).toBe(false);
  });

  it.each(["0000-00-00", "", "2024-1-01", "2024/01/01", "2024-01-01 ", "20a4-01-01", "+024-01-01", "2024-01-0x"])("agrees on %j", (value) => {
    expect(isRealDay(value)).toBe(isRealDayWithDate(value));
  });
});
