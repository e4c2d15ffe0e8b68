import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";

describe("canonicalJson", () => {
  it("gives the same text whatever the key order, at every depth", () => {
    expect(canonicalJson({ permission: "a", path: "/x", nested: { b: 1, a: [{ d: 1, c: 2 }] } }))
      .toBe(canonicalJson({ nested: { a: [{ c: 2, d: 1 }], b: 1 }, path: "/x", permission: "a" }));
  });

  it("hashes dates as their stored strings and absent details as null", () => {
    expect(canonicalJson({ until: new Date("2026-01-02T03:04:05.000Z") })).toBe('{"until":"2026-01-02T03:04:05.000Z"}');
    expect(canonicalJson(null)).toBe("null");
    expect(canonicalJson(undefined)).toBe("null");
  });
});
