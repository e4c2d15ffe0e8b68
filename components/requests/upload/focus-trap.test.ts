import { describe, expect, it } from "vitest";
import { trapTab } from "./focus-trap";

describe("trapTab", () => {
  it("wraps from the last control to the first and back", () => {
    expect(trapTab(2, 3, false)).toBe(0);
    expect(trapTab(0, 3, true)).toBe(2);
  });
  it("lets the browser move between inner controls", () => {
    expect(trapTab(0, 3, false)).toBeNull();
    expect(trapTab(2, 3, true)).toBeNull();
  });
  it("pulls focus from outside the list into it", () => {
    expect(trapTab(-1, 3, false)).toBe(0);
    expect(trapTab(-1, 3, true)).toBe(2);
  });
  it("keeps focus on the dialog when nothing inside can take it", () => {
    expect(trapTab(-1, 0, false)).toBe(-1);
  });
});
