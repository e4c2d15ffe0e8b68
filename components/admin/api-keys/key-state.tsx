import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { Badge } from "../shared/badge";
import { useFormat } from "@/lib/i18n/use-format";
import { useTranslations } from "next-intl";

/** What the key does now, in words: a rotated key says until when it still works. */
export function KeyState({ apiKey: k }: { apiKey: ApiKeyDto }) {
  const t = useTranslations("account");
  const f = useFormat();
  switch (k.state) {
    case "active":
      return <Badge tone="green">{t("state_active")}</Badge>;
    case "grace":
      return <span className="inline-flex flex-col gap-1"><Badge tone="amber">{t("state_rotated")}</Badge><span className="text-xs text-slate-600">{t("worksUntil", { when: f.dateTime(k.graceEndsAt) })}</span></span>;
    case "expired":
      return <Badge tone="slate">{t("state_expired")}</Badge>;
    case "suspended":
      return <Badge tone="red">{t("state_suspended")}</Badge>;
    default:
      return <Badge tone="red">{t("state_revoked")}</Badge>;
  }
}

/** Never more than the prefix and the last four characters. */
export function maskedKey(k: Pick<ApiKeyDto, "prefix" | "last4">): string {
  return `${k.prefix}…${k.last4}`;
}
