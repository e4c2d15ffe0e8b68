"use client";
import { createContext, useContext, useMemo, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "./config";
import { createTranslator, type Messages, type Translator } from "./translate";
import en from "./messages/en.json";

type Context = { locale: Locale; messages: Messages };
const I18nContext = createContext<Context>({ locale: DEFAULT_LOCALE, messages: en });

/** Given the locale and its messages by the root layout (read from the cookie on the server). */
export function I18nProvider({ locale, messages, children }: Context & { children: ReactNode }) {
  const value = useMemo(() => ({ locale, messages }), [locale, messages]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(I18nContext).locale;
}

export function useTranslations(namespace?: string): Translator {
  const { locale, messages } = useContext(I18nContext);
  return useMemo(() => createTranslator(locale, messages, en, namespace), [locale, messages, namespace]);
}
