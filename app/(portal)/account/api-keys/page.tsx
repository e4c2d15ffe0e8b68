import type { Metadata } from "next";
import { OwnApiKeys } from "@/components/account/own-api-keys";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "API Keys" };

export default async function OwnApiKeysPage() {
  const actor = await requireActor("api-keys:read-own");
  return (
    <section>
      <h1 className="text-2xl font-semibold">API Keys</h1>
      <p className="mt-1 text-sm text-slate-600">
        The <code>x-transaction-key</code>s of {actor.organizationName ?? "your organization"}, read-only. Only a platform administrator can issue, rotate or revoke them.
      </p>
      <OwnApiKeys />
    </section>
  );
}
