import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { getActor } from "@/lib/auth/current-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("signIn") };
}
export const dynamic = "force-dynamic";

export default async function LoginPage() {
  if (await getActor()) redirect("/population-migration");
  const t = await getTranslations("auth");
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-4 p-6">
      <LanguageSwitch />
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <p className="text-sm font-medium text-brand-700">{t("platform")}</p>
        <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("subtitle")}</p>
        <LoginForm />
      </div>
    </main>
  );
}
