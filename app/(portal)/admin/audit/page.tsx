import type { Metadata } from "next";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("audit") };
}

export default async function AuditPage() {
  await requireActor("admin:audit");
  const t = await getTranslations("admin");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("auditTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("auditIntro")}</p>
      <AuditLog />
    </section>
  );
}
