"use client";
import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { ConfirmButton } from "../shared/confirm-button";
import { useTranslations } from "next-intl";

type Props = { apiKey: ApiKeyDto; pending: boolean; onRotate: (id: string) => void; onRevoke: (id: string) => void };

export function KeyActions({ apiKey: k, pending, onRotate, onRevoke }: Props) {
  const t = useTranslations("admin");
  if (k.status === "REVOKED") return null;
  const name = `${k.prefix}…${k.last4}`;
  return (
    <div className="flex flex-wrap gap-2">
      {k.status === "ACTIVE" && <ConfirmButton label={t("rotate")} confirmLabel={t("rotateKey", { name })} variant="secondary" pending={pending} onConfirm={() => onRotate(k.id)} />}
      <ConfirmButton label={t("revoke")} confirmLabel={t("revokeKey", { name })} pending={pending} onConfirm={() => onRevoke(k.id)} />
    </div>
  );
}
