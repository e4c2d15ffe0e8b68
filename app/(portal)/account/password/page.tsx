import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireActor } from "@/lib/auth/require-actor";

export const metadata: Metadata = { title: "Change password" };

export default async function PasswordPage() {
  const actor = await requireActor("account:password");
  return (
    <section>
      <h1 className="text-2xl font-semibold">Change password</h1>
      <ChangePasswordForm forced={actor.mustChangePassword} />
    </section>
  );
}
