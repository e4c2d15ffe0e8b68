"use client";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export const PASSWORD_PAGE = "/account/password";

/**
 * While the user still holds a one-time password, every portal page sends them to the
 * password page and shows nothing else (the layout cannot see the path on the server).
 */
export function PasswordChangeGate({ children }: { children: ReactNode }) {
  const t = useTranslations("account");
  const pathname = usePathname();
  const router = useRouter();
  const onPasswordPage = pathname === PASSWORD_PAGE;
  useEffect(() => {
    if (!onPasswordPage) router.replace(PASSWORD_PAGE);
  }, [onPasswordPage, router]);
  if (!onPasswordPage) return <p role="status" className="text-sm text-slate-600">{t("gate")}</p>;
  return <>{children}</>;
}
