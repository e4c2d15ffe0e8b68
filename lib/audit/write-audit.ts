import "server-only";
import { createHash } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { canonicalJson } from "./canonical-json";

/**
 * Who acts, from which address, under which correlation id: built once per HTTP request by the
 * route wrapper (lib/http/route.ts) and handed to every use case. "Correlation id", never
 * "request id": a request id is a migration request's.
 */
export type RequestContext = { actor: Actor; clientAddress: string | null; correlationId: string };

/** What an entry is about. Its organization is the one the change concerns, so filtering the log by organization finds it. */
export type AuditTarget = { type: string; id: string; organizationId: string | null };

/**
 * The one way to fill an entry's who, where and what from a request context. Without a target
 * (a refused page or route) the entry belongs to the actor's organization.
 */
export function auditFields({ actor, clientAddress, correlationId }: RequestContext, target?: AuditTarget) {
  const who = { actorId: actor.id, actorEmail: actor.email, clientAddress, correlationId };
  if (!target) return { ...who, organizationId: actor.organizationId } satisfies Partial<AuditEntry>;
  return { ...who, organizationId: target.organizationId, targetType: target.type, targetId: target.id } satisfies Partial<AuditEntry>;
}

export type AuditEntry = {
  action: string;
  outcome: AuditOutcome;
  actorId?: string | null;
  actorEmail?: string | null;
  organizationId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  /** Stored in the `sourceIp` column. */
  clientAddress?: string | null;
  /** The HTTP request's correlation id (x-request-id), stored in the `requestId` column. */
  correlationId?: string | null;
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
    entry.organizationId ?? "", entry.targetType ?? "", entry.targetId ?? "", entry.clientAddress ?? "",
    entry.correlationId ?? "", canonicalJson(entry.details ?? null),
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
      sourceIp: entry.clientAddress ?? null,
      requestId: entry.correlationId ?? null,
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
