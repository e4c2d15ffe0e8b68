import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="mx-auto max-w-lg p-10 text-center">
      <h1 className="text-2xl font-semibold">{t("pageNotFoundTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("pageNotFoundText")}</p>
      <Link href="/population-migration" className="mt-6 inline-block text-brand-700 underline">{t("backToPortal")}</Link>
    </main>
  );
}
