import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users/users-admin";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("users") };
}

export default async function UsersPage() {
  await requireActor("admin:users");
  const t = await getTranslations("admin");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("usersTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("usersIntro")}</p>
      <UsersAdmin />
    </section>
  );
}
