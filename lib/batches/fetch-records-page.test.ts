import { describe, expect, it } from "vitest";
import { filtersHonoured } from "./fetch-records-page";

const record = (customerId: string, status: "success" | "failure") => ({ customerId, status, businessErrors: [] });

describe("filtersHonoured", () => {
  it("accepts a page where every record matches", () => {
    expect(filtersHonoured([record("1", "failure"), record("2", "failure")], { status: "failure" })).toBe(true);
    expect(filtersHonoured([record("7", "success")], { customerId: "7" })).toBe(true);
    expect(filtersHonoured([], { status: "success", customerId: "7" })).toBe(true);
  });

  it("refuses a page the API did not filter", () => {
    expect(filtersHonoured([record("1", "failure"), record("2", "success")], { status: "failure" })).toBe(false);
    expect(filtersHonoured([record("1", "success")], { customerId: "7" })).toBe(false);
  });
});
