import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function RequestNotFound() {
  const t = await getTranslations("errors");
  return (
    <section className="mx-auto max-w-lg py-10 text-center">
      <h1 className="text-2xl font-semibold">{t("notFoundTitle")}</h1>
      <p className="mt-3 text-slate-600">{t("notFoundText")}</p>
      <Link href="/population-migration" className="mt-6 inline-block text-brand-700 underline">{t("backToRequests")}</Link>
    </section>
  );
}
