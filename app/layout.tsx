import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { ClientMessages } from "@/lib/i18n/client-messages";
import { directionOf } from "@/lib/i18n/config";
import { requestLanguage } from "@/lib/i18n/request";
import { getTranslations } from "next-intl/server";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("titles");
  return { title: { default: t("app"), template: `%s · ${t("app")}` }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The user's language comes from their cookie; Arabic turns the whole page right to left.
  const language = await requestLanguage();
  return (
    <html lang={language} dir={directionOf(language)}>
      <body className="min-h-screen font-sans">
        <ClientMessages namespaces={["common", "auth"]}>
          <Providers>{children}</Providers>
        </ClientMessages>
      </body>
    </html>
  );
}
