import { intlLocale, type Locale } from "./config";

// A small translator with next-intl's calling convention (`t("key", { value })`), so the call
// sites do not change if the library is adopted later. Messages are nested JSON; a message may
// hold `{name}` placeholders and `{count, plural, one {…} other {…}}` (with `#` for the number).

export type Messages = { [key: string]: string | Messages };
export type Values = Record<string, string | number>;
export type Translator = ((key: string, values?: Values) => string) & { has: (key: string) => boolean };

function lookup(messages: Messages, path: string): string | undefined {
  let node: string | Messages | undefined = messages;
  for (const part of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = node[part];
  }
  return typeof node === "string" ? node : undefined;
}

const PLURAL = /\{(\w+),\s*plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{[^{}]*\})+)\s*\}/g;
const BRANCH = /(=\d+|zero|one|two|few|many|other)\s*\{([^{}]*)\}/g;

export function format(template: string, values: Values | undefined, locale: Locale): string {
  const number = (n: number) => new Intl.NumberFormat(intlLocale(locale)).format(n);
  const withPlurals = template.replace(PLURAL, (_, name: string, body: string) => {
    const n = Number(values?.[name] ?? 0);
    const branches = new Map<string, string>();
    for (const [, key, text] of body.matchAll(BRANCH)) branches.set(key!, text!);
    const text = branches.get(`=${n}`) ?? branches.get(new Intl.PluralRules(intlLocale(locale)).select(n)) ?? branches.get("other") ?? "";
    return text.replace(/#/g, number(n));
  });
  return withPlurals.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values?.[name];
    if (value === undefined) return whole;
    return typeof value === "number" ? number(value) : value;
  });
}

/** Missing keys fall back to English, then to the key itself (visible, never a crash). */
export function createTranslator(locale: Locale, messages: Messages, fallback: Messages, namespace?: string): Translator {
  const full = (key: string) => (namespace ? `${namespace}.${key}` : key);
  const t = ((key: string, values?: Values) => {
    const template = lookup(messages, full(key)) ?? lookup(fallback, full(key));
    return template === undefined ? full(key) : format(template, values, locale);
  }) as Translator;
  t.has = (key: string) => lookup(messages, full(key)) !== undefined || lookup(fallback, full(key)) !== undefined;
  return t;
}
