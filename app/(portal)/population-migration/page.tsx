import type { Metadata } from "next";
import { Suspense } from "react";
import { RequestsView } from "@/components/requests/requests-view";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Population Migration" };

export default async function PopulationMigrationPage() {
  const actor = await requireActor("requests:read");
  return (
    <section>
      <h1 className="text-2xl font-semibold">Population Migration Requests</h1>
      {/* The table reads its query from the URL (useSearchParams), which needs a Suspense boundary. */}
      <Suspense fallback={<p className="mt-4 text-sm text-slate-600">Loading requests…</p>}>
        <RequestsView
          canUpload={actor.permissions.has("requests:upload")}
          showOrganization={actor.permissions.has("requests:read-all-organizations")}
        />
      </Suspense>
    </section>
  );
}
