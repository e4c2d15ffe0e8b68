import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/require-actor";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Organizations" };

export default async function OrganizationsPage() {
  await requireActor("admin:organizations");
  const prisma = await db();
  const organizations = await prisma.organization.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, status: true, _count: { select: { users: true } } },
  });
  return (
    <section>
      <h1 className="text-2xl font-semibold">Organizations</h1>
      <table className="mt-4 w-full rounded-lg bg-white text-sm shadow-sm">
        <thead className="text-start text-slate-500">
          <tr><th className="p-3 text-start">Name</th><th className="p-3 text-start">Status</th><th className="p-3 text-start">Users</th></tr>
        </thead>
        <tbody>
          {organizations.map((o) => (
            <tr key={o.id} className="border-t border-slate-100">
              <td className="p-3">{o.name}</td><td className="p-3">{o.status}</td><td className="p-3">{o._count.users}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
