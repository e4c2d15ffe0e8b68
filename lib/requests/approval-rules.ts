import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getEnv } from "@/lib/config/env";
import { rulesOf, type ApprovalRules } from "./can-decide";

type Reader = Pick<Prisma.TransactionClient, "approvalPolicy">;

/** The organization's approval rules in force now; without a policy, today's plain four eyes. */
export async function approvalRulesOf(client: Reader, organizationId: string): Promise<ApprovalRules> {
  return rulesOf(await client.approvalPolicy.findUnique({ where: { organizationId } }));
}

/** When a request put up for approval now stops waiting, under these rules; null: never. */
export function approvalDueAt(rules: ApprovalRules, now = new Date()): Date | null {
  if (rules.expiryDays === null) return null;
  const unitMs = getEnv().APPROVAL_EXPIRY_UNIT === "minutes" ? 60_000 : 86_400_000;
  return new Date(now.getTime() + rules.expiryDays * unitMs);
}
