import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db/client";
import { canonicalJson } from "./canonical-json";

export type AuditEntry = {
  action: string;
  outcome: AuditOutcome;
  actorId?: string | null;
  actorEmail?: string | null;
  organizationId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  sourceIp?: string | null;
  requestId?: string | null;
  /** Never personal data of customers (Emirates IDs, names, dates of birth). */
  details?: Prisma.InputJsonObject | null;
};

/**
 * The chained hash of one entry: its content and the previous entry's hash. `details` is
 * hashed in canonical form (sorted keys) because PostgreSQL's jsonb reorders keys on storage,
 * and the chain must be recomputable from what the database gives back.
 */
export function auditHash(prevHash: string | null, at: Date, entry: AuditEntry): string {
  const content = [
    prevHash ?? "", at.toISOString(), entry.action, entry.outcome, entry.actorId ?? "", entry.actorEmail ?? "",
    entry.organizationId ?? "", entry.targetType ?? "", entry.targetId ?? "", entry.sourceIp ?? "",
    entry.requestId ?? "", canonicalJson(entry.details ?? null),
  ];
  return createHash("sha256").update(JSON.stringify(content)).digest("hex");
}

/** Appends an entry inside the caller's transaction, so it commits or rolls back with the change. */
export async function writeAudit(tx: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  // One writer at a time extends the chain; the lock is released when the transaction ends.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(727002)`;
  const last = await tx.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { hash: true } });
  const at = new Date();
  const prevHash = last?.hash ?? null;
  await tx.auditEvent.create({
    data: {
      at,
      action: entry.action,
      outcome: entry.outcome,
      actorId: entry.actorId ?? null,
      actorEmail: entry.actorEmail ?? null,
      organizationId: entry.organizationId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      sourceIp: entry.sourceIp ?? null,
      requestId: entry.requestId ?? null,
      ...(entry.details ? { details: entry.details } : {}),
      prevHash,
      hash: auditHash(prevHash, at, entry),
    },
  });
}

/** For events with no other change to commit with (a sign-in failure, a denied request). */
export async function recordAudit(entry: AuditEntry): Promise<void> {
  const prisma = await db();
  await prisma.$transaction((tx) => writeAudit(tx, entry));
}
