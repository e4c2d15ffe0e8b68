import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { I18nProvider } from "@/lib/i18n/client";
import { directionOf } from "@/lib/i18n/config";
import { messagesFor } from "@/lib/i18n/messages";
import { getLocale, getTranslations } from "@/lib/i18n/request";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("titles");
  return { title: { default: t("app"), template: `%s · ${t("app")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The user's language comes from their cookie; Arabic turns the whole page right to left.
  const locale = await getLocale();
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body className="min-h-screen font-sans">
        <I18nProvider locale={locale} messages={messagesFor(locale)}>
          <Providers>{children}</Providers>
        </I18nProvider>
      </body>
    </html>
  );
}
