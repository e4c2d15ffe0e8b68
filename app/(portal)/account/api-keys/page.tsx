import type { Metadata } from "next";
import { OwnApiKeys } from "@/components/account/own-api-keys";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("apiKeys") };
}

export default async function OwnApiKeysPage() {
  const actor = await requireActor("api-keys:read-own");
  const t = await getTranslations("account");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("apiKeysTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {t("apiKeysIntro", { code: "x-transaction-key", org: actor.organizationName ?? t("yourOrganization") })}
      </p>
      <OwnApiKeys />
    </section>
  );
}
