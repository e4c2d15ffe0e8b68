"use client";
import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { ConfirmButton } from "../shared/confirm-button";

type Props = { apiKey: ApiKeyDto; pending: boolean; onRotate: (id: string) => void; onRevoke: (id: string) => void };

export function KeyActions({ apiKey: k, pending, onRotate, onRevoke }: Props) {
  if (k.status === "REVOKED") return null;
  const name = `${k.prefix}…${k.last4}`;
  return (
    <div className="flex flex-wrap gap-2">
      {k.status === "ACTIVE" && <ConfirmButton label="Rotate" confirmLabel={`Rotate ${name}`} variant="secondary" pending={pending} onConfirm={() => onRotate(k.id)} />}
      <ConfirmButton label="Revoke" confirmLabel={`Revoke ${name}`} pending={pending} onConfirm={() => onRevoke(k.id)} />
    </div>
  );
}
