import "server-only";
import { getEnv } from "@/lib/config/env";

/** E-mail is on exactly when SMTP_URL is set; otherwise nothing is enqueued and administrators are told. */
export function mailEnabled(): boolean {
  return Boolean(getEnv().SMTP_URL);
}
