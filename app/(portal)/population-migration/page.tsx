import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Population Migration" };

export default async function PopulationMigrationPage() {
  await requireActor("requests:read");
  return (
    <section>
      <h1 className="text-2xl font-semibold">Population Migration Requests</h1>
    </section>
  );
}
