import type { Locale } from "./config";
import type { Messages } from "./translate";
import ar from "./messages/ar.json";
import en from "./messages/en.json";

const ALL: Record<Locale, Messages> = { en, ar };

export function messagesFor(locale: Locale): Messages {
  return ALL[locale];
}
