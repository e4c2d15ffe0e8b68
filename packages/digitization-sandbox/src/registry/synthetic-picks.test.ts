import { describe, expect, it } from "vitest";
import { addDays, pickerFor } from "./synthetic-picks";

describe("addDays", () => {
  it("agrees with Date arithmetic across month, leap-year and century boundaries", () => {
    for (const start of ["2024-02-28", "2000-02-29", "1900-02-28", "2023-12-31", "1970-01-01", "2099-03-01"]) {
      for (const days of [-3653, -366, -60, -1, 0, 1, 29, 365, 3652]) {
        const expected = new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(start, days)).toBe(expected);
      }
    }
  });
});

describe("pickerFor", () => {
  it("is deterministic per seed and differs between seeds", () => {
    expect(pickerFor("784199010000019").digits(12)).toBe(pickerFor("784199010000019").digits(12));
    expect(pickerFor("784199010000019").digits(12)).not.toBe(pickerFor("784199010000027").digits(12));
  });
});
