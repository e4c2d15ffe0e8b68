import "server-only";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { mailEnabled } from "@/lib/notifications/mail-settings";

/**
 * Tells administrators, on every administration page, that notifications are not e-mailed (no
 * SMTP_URL). Only to administrators: someone refused the page learns nothing of the settings.
 */
export async function MailOffNotice() {
  if (mailEnabled()) return null;
  if (!(await getActor())?.permissions.has("admin:organizations")) return null;
  const t = await getTranslations("notifications");
  return (
    <p role="status" data-testid="mail-off-notice" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
      {t("mailOff")}
    </p>
  );
}
