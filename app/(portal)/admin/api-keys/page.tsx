import type { Metadata } from "next";
import { ApiKeysAdmin } from "@/components/admin/api-keys/api-keys-admin";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("keyManagement") };
}

export default async function ApiKeysPage() {
  await requireActor("admin:api-keys");
  const t = await getTranslations("admin");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("keysTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {t("keysIntro", { code: "x-transaction-key" })}
      </p>
      <ApiKeysAdmin />
    </section>
  );
}
