// The two languages of the portal. The locale is the user's choice, kept in a cookie (no locale
// in the URL): English unless the cookie says otherwise.
export const LOCALES = ["en", "ar"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** One year: the choice survives sign-out and browser restarts. */
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export const LOCALE_NAMES: Record<Locale, string> = { en: "English", ar: "العربية" };

/**
 * The tag next-intl formats with. British English writes "27 Nov 2026"; UAE Arabic keeps Latin
 * digits (what bank staff and the files use). The cookie and `<html lang>` keep the short name.
 */
export const INTL_LOCALES = { en: "en-GB", ar: "ar-AE-u-nu-latn" } as const satisfies Record<Locale, string>;
export type IntlLocale = (typeof INTL_LOCALES)[Locale];

/** Every date and time is shown in the UAE's time zone, labelled so, whatever the browser's zone. */
export const TIME_ZONE = "Asia/Dubai";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : DEFAULT_LOCALE;
}

/** The language a raw Cookie header names (sign-in reads it from next-auth's request), else English. */
export function languageOfCookies(header: unknown): Locale {
  const match = typeof header === "string" ? new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`).exec(header) : null;
  return toLocale(match?.[1]);
}

/** The portal language of a next-intl locale tag ("ar-AE-u-nu-latn" → "ar"). */
export function languageOf(intlLocale: string): Locale {
  return toLocale(intlLocale.slice(0, 2));
}

/** Each language's writing direction: data, so adding a language is one line and no branch. */
const DIRECTION: Record<Locale, "rtl" | "ltr"> = { en: "ltr", ar: "rtl" };

export function directionOf(locale: Locale): "rtl" | "ltr" {
  return DIRECTION[locale];
}
