import { describe, expect, it } from "vitest";
import ar from "./messages/ar.json";
import en from "./messages/en.json";
import { createTranslator, format, type Messages } from "./translate";

function keys(messages: Messages, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

describe("translate", () => {
  it("fills placeholders and plurals, with Latin digits in Arabic", () => {
    expect(format("{n, plural, one {# record} other {# records}} by {who}", { n: 1200, who: "Ali" }, "en")).toBe("1,200 records by Ali");
    expect(format("{n, plural, =0 {none} one {one} other {#}}", { n: 0 }, "ar")).toBe("none");
    expect(format("{n, plural, one {سجل واحد} other {# سجل}}", { n: 5 }, "ar")).toBe("5 سجل");
  });
  it("falls back to English, then to the key", () => {
    const t = createTranslator("ar", { a: {} }, { a: { b: "B" } }, "a");
    expect(t("b")).toBe("B");
    expect(t("missing")).toBe("a.missing");
    expect(t.has("b")).toBe(true);
  });
  it("has an Arabic message for every English one", () => {
    const arabic = new Set(keys(ar));
    expect(keys(en).filter((k) => !arabic.has(k))).toEqual([]);
  });
});
