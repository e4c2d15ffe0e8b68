import { describe, expect, it } from "vitest";
import { pageCount } from "./pagination";

describe("pageCount", () => {
  it("is at least one", () => expect(pageCount(10, 0)).toBe(1));
  it("rounds up", () => expect(pageCount(25, 51)).toBe(3));
});
