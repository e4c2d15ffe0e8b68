import type { INTL_LOCALES } from "@/lib/i18n/config";
import type { FORMATS } from "@/lib/i18n/formats";
import type en from "@/lib/i18n/messages/en.json";

// next-intl's typed keys: a key missing from the English catalogue is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof INTL_LOCALES)[keyof typeof INTL_LOCALES];
    Messages: typeof en;
    Formats: typeof FORMATS;
  }
}
