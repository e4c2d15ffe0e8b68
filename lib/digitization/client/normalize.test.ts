import { describe, expect, it } from "vitest";
import { isTerminalStatus, toBatchStatus, toRecordStatus } from "./normalize-status";
import { toBoolean, toCalendarDate, toCount, toEidNumber, toIsoTimestamp, toText } from "./normalize-values";

describe("toIsoTimestamp", () => {
  it.each([
    ["2026-03-12T08:00:00.123Z", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T08:00:00.123456Z", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T08:00:00.123456789Z", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T08:00:00.999999999", "2026-03-12T08:00:00.999Z"],
    ["2026-03-12T08:00:00", "2026-03-12T08:00:00.000Z"],
    ["2026-03-12 08:00:00.5", "2026-03-12T08:00:00.500Z"],
    ["2026-03-12T12:00:00.123456+04:00", "2026-03-12T08:00:00.123Z"],
    ["2026-03-12T12:00:00+0400", "2026-03-12T08:00:00.000Z"],
    ["2026-03-12", "2026-03-12T00:00:00.000Z"],
  ])("reads %s", (input, expected) => {
    expect(toIsoTimestamp(input)).toBe(expected);
  });

  it.each([null, undefined, "", "yesterday", "2024-02-30T00:00:00Z", "12/03/2026", 1710000000000])(
    "gives null for %s",
    (input) => expect(toIsoTimestamp(input)).toBeNull(),
  );
});

describe("other value normalisers", () => {
  it("reads calendar dates in both published formats", () => {
    expect(toCalendarDate("27/07/1993")).toBe("1993-07-27");
    expect(toCalendarDate("1993-07-27")).toBe("1993-07-27");
    expect(toCalendarDate("1993-07-27T00:00:00Z")).toBe("1993-07-27");
    expect(toCalendarDate("31/02/1993")).toBe("31/02/1993"); // not a date: kept as sent
    expect(toCalendarDate("")).toBeNull();
  });

  it("treats dashed and bare Emirates IDs as one value", () => {
    expect(toEidNumber("784-3000-0000185-5")).toBe("784300000001855");
    expect(toEidNumber("784-1993-1234567-1")).toBe("784199312345671");
    expect(toEidNumber("784199312345671")).toBe("784199312345671");
    expect(toEidNumber("7.84300000001855E+14")).toBe("7.84300000001855E+14");
    expect(toEidNumber(null)).toBeNull();
  });

  it("folds absent, null and blank into null", () => {
    expect([toText(undefined), toText(null), toText(""), toText("  ")]).toEqual([null, null, null, null]);
    expect(toText(" x ")).toBe(" x ");
    expect(toText(100010)).toBe("100010");
  });

  it("reads counts and flags leniently", () => {
    expect([toCount(3), toCount("4"), toCount(-1), toCount(1.5), toCount("x"), toCount(null)]).toEqual([3, 4, null, null, null, null]);
    expect([toBoolean("Yes"), toBoolean("no"), toBoolean(true), toBoolean("TRUE"), toBoolean("maybe")]).toEqual([true, false, true, true, null]);
  });
});

describe("statuses", () => {
  it.each([
    ["pending", "pending"],
    ["PENDING", "pending"],
    ["in_progress", "in_progress"],
    ["IN_PROGRESS", "in_progress"],
    ["PROCESSING", "in_progress"],
    ["processing", "in_progress"],
    ["In-Progress", "in_progress"],
    ["COMPLETED", "completed"],
    ["completed", "completed"],
    ["FAILED", "failed"],
    ["Failed", "failed"],
    ["ARCHIVED", "unknown"],
  ] as const)("maps %s to %s and keeps the raw value", (raw, status) => {
    expect(toBatchStatus(raw)).toEqual({ status, rawStatus: raw });
  });

  it("never throws on odd input", () => {
    expect(toBatchStatus(undefined)).toEqual({ status: "unknown", rawStatus: null });
    expect(toBatchStatus(42)).toEqual({ status: "unknown", rawStatus: null });
    expect(toRecordStatus("SUCCESS")).toBe("success");
    expect(toRecordStatus("Failure")).toBe("failure");
    expect(toRecordStatus("skipped")).toBe("unknown");
  });

  it("knows the terminal states", () => {
    expect(["pending", "in_progress", "completed", "failed", "unknown"].map((s) => isTerminalStatus(s as never))).toEqual([
      false, false, true, true, false,
    ]);
  });
});
