"use client";
import { useState } from "react";
import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { ConfirmButton } from "../shared/confirm-button";
import { useTranslations } from "next-intl";

type Props = { apiKey: ApiKeyDto; pending: boolean; onRotate: (id: string) => void; onRevoke: (id: string) => void };

export function KeyActions({ apiKey: k, pending, onRotate, onRevoke }: Props) {
  const t = useTranslations("admin");
  // Rotate and revoke never ask at the same time.
  const [asking, setAsking] = useState<"rotate" | "revoke" | null>(null);
  const ask = (which: "rotate" | "revoke") => (on: boolean) => setAsking(on ? which : null);
  if (k.status === "REVOKED") return null;
  const name = `${k.prefix}…${k.last4}`;
  return (
    <div className="flex flex-wrap gap-2">
      {k.status === "ACTIVE" && <ConfirmButton asking={asking === "rotate"} onAsking={ask("rotate")} label={t("rotate")} confirmLabel={t("rotateKey", { name })} variant="secondary" pending={pending} onConfirm={() => onRotate(k.id)} />}
      <ConfirmButton asking={asking === "revoke"} onAsking={ask("revoke")} label={t("revoke")} confirmLabel={t("revokeKey", { name })} pending={pending} onConfirm={() => onRevoke(k.id)} />
    </div>
  );
}
