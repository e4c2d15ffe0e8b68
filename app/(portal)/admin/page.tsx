import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Administration" };

export default async function AdminPage() {
  await requireActor("admin:organizations");
  redirect("/admin/organizations");
}
