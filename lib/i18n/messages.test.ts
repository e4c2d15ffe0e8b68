import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import ar from "./messages/ar.json";
import en from "./messages/en.json";

type Tree = { [key: string]: string | Tree };

function entries(messages: Tree, prefix = ""): [string, string][] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`)));
}

describe("the message catalogues", () => {
  it("hold the same keys in English and Arabic", () => {
    const english = entries(en).map(([k]) => k);
    const arabic = entries(ar).map(([k]) => k);
    expect(english.filter((k) => !arabic.includes(k))).toEqual([]);
    expect(arabic.filter((k) => !english.includes(k))).toEqual([]);
  });
  it.each([["en", en], ["ar", ar]] as const)("are valid ICU messages (%s)", (locale, messages) => {
    for (const [key, message] of entries(messages)) expect(() => new IntlMessageFormat(message, locale), key).not.toThrow();
  });
  it("take the same arguments in both languages", () => {
    const args = (m: string) => [...new Set([...m.matchAll(/\{(\w+)(?=[,}])/g)].map((x) => x[1]))].sort();
    const arabic = new Map(entries(ar));
    const differing = entries(en).filter(([k, m]) => arabic.has(k) && args(m).join() !== args(arabic.get(k)!).join()).map(([k]) => k);
    expect(differing).toEqual([]);
  });
});
