import type { Metadata } from "next";
import { OrganizationsAdmin } from "@/components/admin/organizations/organizations-admin";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  await requireActor("admin:organizations");
  return (
    <section>
      <h1 className="text-2xl font-semibold">Organizations</h1>
      <p className="mt-1 text-sm text-slate-600">Client institutions: onboard, rename, point at their Digitization API, suspend and reactivate.</p>
      <OrganizationsAdmin />
    </section>
  );
}
