import type { Metadata } from "next";
import { UsersAdmin } from "@/components/admin/users/users-admin";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  await requireActor("admin:users");
  return (
    <section>
      <h1 className="text-2xl font-semibold">Users</h1>
      <p className="mt-1 text-sm text-slate-600">Staff accounts and their roles. Changes take effect on the user&apos;s next request.</p>
      <UsersAdmin />
    </section>
  );
}
