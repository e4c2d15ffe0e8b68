import type { Metadata } from "next";
import { OrganizationsAdmin } from "@/components/admin/organizations/organizations-admin";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("organizations") };
}

export default async function OrganizationsPage() {
  await requireActor("admin:organizations");
  const t = await getTranslations("admin");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("orgsTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("orgsIntro")}</p>
      <OrganizationsAdmin />
    </section>
  );
}
