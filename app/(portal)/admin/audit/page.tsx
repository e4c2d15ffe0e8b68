import type { Metadata } from "next";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Audit Log" };

export default async function AuditPage() {
  await requireActor("admin:audit");
  return (
    <section>
      <h1 className="text-2xl font-semibold">Audit Log</h1>
      <p className="mt-1 text-sm text-slate-600">Who did what, and when. Entries are append-only and hash-chained; times are UTC.</p>
      <AuditLog />
    </section>
  );
}
