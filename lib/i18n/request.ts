import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { INTL_LOCALES, LOCALE_COOKIE, TIME_ZONE, toLocale, type Locale } from "./config";
import { FORMATS } from "./formats";
import ar from "./messages/ar.json";
import en from "./messages/en.json";

// next-intl's request configuration (named in next.config.ts): the language comes from the
// user's cookie, not the URL. Every message exists in both catalogues (a unit test holds them
// equal), so a missing Arabic message is a bug the test finds, not a silent English fallback.
const MESSAGES = { en, ar } satisfies Record<Locale, typeof en>;

/** The portal language of this request: the user's cookie, else English. */
export async function requestLanguage(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export default getRequestConfig(async () => {
  const language = await requestLanguage();
  return { locale: INTL_LOCALES[language], messages: MESSAGES[language], timeZone: TIME_ZONE, formats: FORMATS };
});
