import type { ApiKeyDto } from "@/lib/api-keys/contracts";
import { Badge } from "../shared/badge";
import { utc } from "../shared/format";

/** What the key does now, in words: a rotated key says until when it still works. */
export function KeyState({ apiKey: k }: { apiKey: ApiKeyDto }) {
  switch (k.state) {
    case "active":
      return <Badge tone="green">Active</Badge>;
    case "grace":
      return <span className="inline-flex flex-col gap-1"><Badge tone="amber">Rotated</Badge><span className="text-xs text-slate-600">works until {utc(k.graceEndsAt)}</span></span>;
    case "expired":
      return <Badge tone="slate">Rotated (expired)</Badge>;
    case "suspended":
      return <Badge tone="red">Suspended</Badge>;
    default:
      return <Badge tone="red">Revoked</Badge>;
  }
}

/** Never more than the prefix and the last four characters. */
export function maskedKey(k: Pick<ApiKeyDto, "prefix" | "last4">): string {
  return `${k.prefix}…${k.last4}`;
}
