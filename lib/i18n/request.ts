import "server-only";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toLocale, type Locale } from "./config";
import { messagesFor } from "./messages";
import { createTranslator, type Translator } from "./translate";
import en from "./messages/en.json";

/** The request's locale: the user's cookie, else English. */
export async function getLocale(): Promise<Locale> {
  return toLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getTranslations(namespace?: string): Promise<Translator> {
  const locale = await getLocale();
  return createTranslator(locale, messagesFor(locale), en, namespace);
}
