import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";
import type { LineageDto } from "./contracts";
import { requestScope } from "./find-request";
import { lineageOf } from "./lineage-outcome";

type Tx = Prisma.TransactionClient;

/** The columns lineageOf() reads: counts and codes, no customer data (the portal stores none). */
const memberSelect = {
  id: true, resubmissionOfId: true, fileName: true, status: true, rowCount: true, createdAt: true,
  batchStatus: true, batchTotalRecords: true, batchSuccessfulRecords: true, batchFailedRecords: true, batchErrorCodes: true, correction: true,
} satisfies Prisma.MigrationRequestSelect;

/** The original and every request whose lineage root it is: one indexed query (lineageRootId). */
export async function loadLineage(tx: Tx, rootId: string, scope: Prisma.MigrationRequestWhereInput = {}): Promise<LineageDto> {
  const members = await tx.migrationRequest.findMany({ where: { AND: [scope, { OR: [{ id: rootId }, { lineageRootId: rootId }] }] }, select: memberSelect });
  return lineageOf(rootId, members);
}

/**
 * The lineage of any of its requests, through the actor's scope: another organization's request
 * answers 404 like a missing one. Counts, codes, statuses and file names only, so platform
 * administrators (who see requests' metadata, never customer data) may read it too.
 */
export async function readLineage(actor: Actor, requestId: string): Promise<LineageDto> {
  if (!z.uuid().safeParse(requestId).success) throw notFound("Request not found");
  const prisma = await db();
  const scope = requestScope(actor);
  const request = await prisma.migrationRequest.findFirst({ where: { id: requestId, ...scope }, select: { id: true, lineageRootId: true } });
  if (!request) throw notFound("Request not found");
  return loadLineage(prisma, request.lineageRootId ?? request.id, scope);
}

/**
 * Rewrites the original's `lineageStillFailing` (the list's "customers still failing" filter)
 * after a member's batch ended, in the caller's transaction. The original's row is locked first,
 * so two members ending at once recount one after the other, each seeing the other's counts.
 */
export async function storeLineageOutcome(tx: Tx, memberId: string): Promise<void> {
  const member = await tx.migrationRequest.findUniqueOrThrow({ where: { id: memberId }, select: { id: true, lineageRootId: true } });
  const rootId = member.lineageRootId ?? member.id;
  await tx.$queryRaw`SELECT 1 FROM "MigrationRequest" WHERE "id" = ${rootId}::uuid FOR UPDATE`;
  const { outcome } = await loadLineage(tx, rootId);
  await tx.migrationRequest.update({ where: { id: rootId }, data: { lineageStillFailing: outcome?.stillFailing ?? null } });
}
