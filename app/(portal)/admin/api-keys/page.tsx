import type { Metadata } from "next";
import { ApiKeysAdmin } from "@/components/admin/api-keys/api-keys-admin";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "API Key Management" };

export default async function ApiKeysPage() {
  await requireActor("admin:api-keys");
  return (
    <section>
      <h1 className="text-2xl font-semibold">API Key Management</h1>
      <p className="mt-1 text-sm text-slate-600">
        Each organization&apos;s batches run under its active <code>x-transaction-key</code>. Keys are stored encrypted and shown in full only once.
      </p>
      <ApiKeysAdmin />
    </section>
  );
}
