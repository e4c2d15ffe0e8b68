import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("password") };
}

export default async function PasswordPage() {
  const actor = await requireActor("account:password");
  const t = await getTranslations("account");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("passwordTitle")}</h1>
      <ChangePasswordForm forced={actor.mustChangePassword} />
    </section>
  );
}
