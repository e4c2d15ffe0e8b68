import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { NotificationEvent, NotificationKind } from "./events";

export type NotifiedRequest = { organizationId: string; uploadedById: string; fileName: string; rowCount: number };
export type Recipient = { id: string; organizationId: string | null };

type Audience = { uploader: boolean; approvers: boolean; administrators: boolean };

// Who hears of what: the people who must act (the organization's approvers) and the people
// waiting (the uploader); platform administrators only when a submission needs attention.
const AUDIENCES: Record<NotificationKind, Audience> = {
  "request.awaiting-approval": { uploader: false, approvers: true, administrators: false },
  "request.approved": { uploader: true, approvers: false, administrators: false },
  "request.rejected": { uploader: true, approvers: false, administrators: false },
  "request.expired": { uploader: true, approvers: false, administrators: false },
  "batch.completed": { uploader: true, approvers: true, administrators: false },
  "batch.failed": { uploader: true, approvers: true, administrators: false },
  "submission.needs-attention": { uploader: true, approvers: true, administrators: true },
};

/**
 * The active users an event concerns, never the one who caused it. Approvers are those of the
 * request's own organization; the uploader is never asked to approve their own file (four eyes),
 * even holding the approver role.
 */
export async function findRecipients(tx: Prisma.TransactionClient, event: NotificationEvent, request: NotifiedRequest): Promise<Recipient[]> {
  const audience = AUDIENCES[event.type];
  const who: Prisma.UserWhereInput[] = [];
  if (audience.uploader) who.push({ id: request.uploadedById });
  if (audience.approvers) {
    const notUploader = event.type === "request.awaiting-approval" ? { id: { not: request.uploadedById } } : {};
    who.push({ organizationId: request.organizationId, roles: { has: "APPROVER" }, ...notUploader });
  }
  if (audience.administrators) who.push({ organizationId: null, roles: { has: "ADMIN" } });
  const notActor = event.actorId === null ? {} : { id: { not: event.actorId } };
  return tx.user.findMany({
    where: { status: "ACTIVE", OR: who, ...notActor },
    select: { id: true, organizationId: true },
    orderBy: { id: "asc" },
  });
}
