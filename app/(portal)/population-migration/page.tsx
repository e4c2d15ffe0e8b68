import type { Metadata } from "next";
import { Suspense } from "react";
import { RequestsView } from "@/components/requests/requests-view";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslations } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("requests") };
}

export default async function PopulationMigrationPage() {
  const actor = await requireActor("requests:read");
  const t = await getTranslations("list");
  return (
    <section>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {/* The table reads its query from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<p className="mt-4 text-sm text-slate-600">{t("loading")}</p>}>
        <RequestsView
          canUpload={actor.permissions.has("requests:upload")}
          canApprove={actor.permissions.has("requests:approve")}
          showOrganization={actor.permissions.has("requests:read-all-organizations")}
        />
      </Suspense>
    </section>
  );
}
