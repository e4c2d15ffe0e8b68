import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { readTogether } from "@/lib/db/read-together";
import type { ListRequestsQuery, ListRequestsResponse } from "./contracts";
import { requestScope } from "./find-request";
import { APPROVAL_STATUS_FILTER, FILE_STATUS_FILTER } from "./request-status";
import { requestRowInclude, toRequestRow } from "./to-request-dto";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function listRequests(actor: Actor, query: ListRequestsQuery): Promise<ListRequestsResponse> {
  const prisma = await db();
  const where: Prisma.MigrationRequestWhereInput = { AND: [requestScope(actor), ...filters(actor, query)] };
  const [rows, total] = await readTogether(prisma, [
    prisma.migrationRequest.findMany({
      where,
      // The approver's queue is worked oldest first, whatever the list was sorted by.
      orderBy: query.awaiting ? [{ createdAt: "asc" }, { id: "asc" }] : [{ [query.sort]: query.dir }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      include: requestRowInclude,
    }),
    prisma.migrationRequest.count({ where }),
  ]);
  return { rows: rows.map((r) => toRequestRow(actor, r)), total, page: query.page, pageSize: query.pageSize };
}

function filters(actor: Actor, query: ListRequestsQuery): Prisma.MigrationRequestWhereInput[] {
  const out: Prisma.MigrationRequestWhereInput[] = [];
  // Only admins choose an organization; for everyone else their own scope already applies.
  if (query.organizationId && actor.permissions.has("requests:read-all-organizations")) out.push({ organizationId: query.organizationId });
  if (query.fileStatus) out.push({ status: { in: FILE_STATUS_FILTER[query.fileStatus] } });
  if (query.approvalStatus) out.push({ status: { in: APPROVAL_STATUS_FILTER[query.approvalStatus] } });
  if (query.awaiting) out.push(awaitingApprovalBy(actor));
  // Originals only: the count of their lineage lives on them (lib/requests/read-lineage.ts storeLineageOutcome).
  if (query.failing) out.push({ lineageStillFailing: { gt: 0 } });
  if (query.q) {
    out.push({
      OR: [
        { fileName: { contains: query.q, mode: "insensitive" } },
        { uploadedBy: { email: { contains: query.q, mode: "insensitive" } } },
        ...(UUID.test(query.q) ? [{ batchId: query.q.toLowerCase() }] : []),
      ],
    });
  }
  return out;
}

/**
 * The approver's queue: requests of their organization waiting for an approval this approver may
 * give (canDecide's rules as a query: not their own upload, not approved by them already).
 */
export function awaitingApprovalBy(actor: Actor): Prisma.MigrationRequestWhereInput {
  if (!actor.organizationId || !actor.permissions.has("requests:approve")) return { id: "00000000-0000-0000-0000-000000000000" }; // matches nothing
  return {
    organizationId: actor.organizationId,
    status: "PENDING_APPROVAL",
    uploadedById: { not: actor.id },
    approvals: { none: { approverId: actor.id } },
  };
}

/** The sidebar's count of the approver's queue. */
export async function countAwaitingApproval(actor: Actor): Promise<number> {
  return (await db()).migrationRequest.count({ where: awaitingApprovalBy(actor) });
}
