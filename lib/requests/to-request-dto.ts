import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/current-actor";
import { type RequestAction, type RequestDetail, type RequestRow, type RequestStatus, type ValidationSummary } from "./contracts";
import { approvalsRequired, canDecide, needsControlTotal, rulesOf } from "./can-decide";
import { approvalStatusOf, fileStatusOf } from "./request-status";
import { correctionSummary, isCorrectable, isInFlight } from "./lineage-outcome";

export const requestInclude = {
  organization: { select: { name: true, approvalPolicy: true } },
  uploadedBy: { select: { name: true, email: true } },
  approvals: { select: { approverId: true, at: true, approver: { select: { name: true, email: true } } }, orderBy: { at: "asc" } },
  decidedBy: { select: { name: true, email: true } },
  resubmissionOf: { select: { id: true, fileName: true } },
  resubmissions: { select: { id: true, fileName: true, status: true, batchStatus: true, batchTotalRecords: true, rowCount: true }, orderBy: { createdAt: "asc" } },
} satisfies Prisma.MigrationRequestInclude;

type RequestWithRelations = Prisma.MigrationRequestGetPayload<{ include: typeof requestInclude }>;
type RequestForRow = Pick<RequestWithRelations, "id" | "organizationId" | "batchId" | "fileName" | "rowCount" | "status" | "batchStatus" | "batchTotalRecords" | "batchProcessedRecords" | "batchFailedRecords" | "uploadedById" | "createdAt" | "updatedAt"> & {
  organization: { name: string };
  uploadedBy: { name: string; email: string };
  approvals: { approverId: string }[];
  /** Loaded on View Details only: a correction on its way, or completed ones that carried every failure on, hide "resubmit" (createRequest refuses it). */
  resubmissions?: { status: RequestStatus; batchStatus: string | null; batchTotalRecords: number | null; rowCount: number }[];
};

/** What a request row loads beside itself (the list's include). */
export const requestRowInclude = {
  organization: { select: { name: true } },
  uploadedBy: { select: { name: true, email: true } },
  approvals: { select: { approverId: true } },
} satisfies Prisma.MigrationRequestInclude;

/** What this actor may do with the request: the buttons, from the same canDecide() the use cases enforce. */
function actionsFor(actor: Actor, request: Pick<RequestForRow, "status" | "uploadedById" | "organizationId" | "approvals" | "batchStatus" | "batchFailedRecords" | "resubmissions">): RequestAction[] {
  const actions: RequestAction[] = ["view"];
  const sameOrganization = actor.organizationId === request.organizationId;
  const mayDecide = canDecide(request, actor).allowed;
  if (mayDecide && request.status === "PENDING_APPROVAL") actions.push("approve", "reject");
  if (mayDecide && request.status === "SUBMISSION_FAILED") actions.push("retry-submission");
  const corrections = request.resubmissions ?? [];
  if (sameOrganization && actor.permissions.has("requests:upload") && isCorrectable(request, corrections) && !corrections.some(isInFlight)) actions.push("resubmit");
  return actions;
}

export function toRequestRow(actor: Actor, r: RequestForRow): RequestRow {
  return {
    id: r.id,
    organizationId: r.organizationId,
    organizationName: r.organization.name,
    batchId: r.batchId,
    fileName: r.fileName,
    rowCount: r.rowCount,
    status: r.status,
    fileStatus: fileStatusOf(r.status),
    approvalStatus: approvalStatusOf(r.status),
    batchStatus: r.batchStatus,
    batchTotals:
      r.batchTotalRecords === null
        ? null
        : { total: r.batchTotalRecords, processed: r.batchProcessedRecords ?? 0, failed: r.batchFailedRecords ?? 0 },
    createdBy: r.uploadedBy,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    actions: actionsFor(actor, r),
  };
}

export function toRequestDetail(actor: Actor, r: RequestWithRelations): RequestDetail {
  const rules = rulesOf(r.organization.approvalPolicy);
  return {
    ...toRequestRow(actor, r),
    sha256: r.sha256,
    fileSize: Number(r.fileSize),
    validation: (r.validation as ValidationSummary | null) ?? null,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    rejectionReason: r.rejectionReason,
    submittedAt: r.submittedAt?.toISOString() ?? null,
    submissionError: r.submissionError,
    submissionAttempts: r.submissionAttempts,
    resubmissionOf: r.resubmissionOf,
    resubmissions: r.resubmissions.map(({ id, fileName, status }) => ({ id, fileName, status })),
    correction: correctionSummary(r.correction),
    approval: {
      policyVersion: rules.version,
      required: approvalsRequired(rules, r.rowCount),
      approvals: r.approvals.map((a) => ({ ...a.approver, at: a.at.toISOString() })),
      controlTotalRequired: needsControlTotal(rules, r.rowCount),
      dueAt: r.approvalDueAt?.toISOString() ?? null,
    },
  };
}

