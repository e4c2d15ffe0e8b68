import type { Metadata } from "next";
import { FailedJobs } from "@/components/admin/failed-jobs/failed-jobs";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("failedJobs") };
}

export default async function FailedJobsPage() {
  await requireActor("admin:jobs");
  const t = await getTranslations("admin");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("failedJobsTitle")}</h1>
      <p className="mt-1 text-sm text-slate-600">{t("failedJobsIntro")}</p>
      <FailedJobs />
    </section>
  );
}
