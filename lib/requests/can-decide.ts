import type { Actor } from "@/lib/auth/current-actor";

/** An organization's approval rules as they apply to requests; null rules are off. */
export type ApprovalRules = {
  secondApproverAboveRows: number | null;
  expiryDays: number | null;
  controlTotalAboveRows: number | null;
  version: number;
};

/** No policy set: today's four eyes, one approver, no expiry, no control total. */
export const DEFAULT_RULES: ApprovalRules = { secondApproverAboveRows: null, expiryDays: null, controlTotalAboveRows: null, version: 0 };

/** The rules of a stored policy (an ApprovalPolicy row), or the defaults without one. */
export function rulesOf(policy: ApprovalRules | null): ApprovalRules {
  if (!policy) return DEFAULT_RULES;
  const { secondApproverAboveRows, expiryDays, controlTotalAboveRows, version } = policy;
  return { secondApproverAboveRows, expiryDays, controlTotalAboveRows, version };
}

type DecidableRequest = { organizationId: string; uploadedById: string; status: string; approvals: { approverId: string }[] };

export type DecisionRefusal = "OTHER_ORGANIZATION" | "NOT_APPROVER" | "OWN_UPLOAD" | "ALREADY_APPROVED";

/**
 * Four eyes, in one place for the buttons (to-request-dto.ts) and for enforcement
 * (load-for-decision.ts): an approver of the request's own organization who did not upload it
 * and has not already given one of its (two) approvals. Whether the request is in a state that
 * allows the decision is the transition table's question (request-lifecycle.ts), not this one's.
 */
export function canDecide(request: DecidableRequest, actor: Actor): { allowed: true } | { allowed: false; refusal: DecisionRefusal } {
  if (actor.organizationId !== request.organizationId) return { allowed: false, refusal: "OTHER_ORGANIZATION" };
  if (!actor.permissions.has("requests:approve")) return { allowed: false, refusal: "NOT_APPROVER" };
  if (actor.id === request.uploadedById) return { allowed: false, refusal: "OWN_UPLOAD" };
  if (request.status === "PENDING_APPROVAL" && request.approvals.some((a) => a.approverId === actor.id)) return { allowed: false, refusal: "ALREADY_APPROVED" };
  return { allowed: true };
}

/** How many distinct approvals a file of this many records needs under the rules. */
export function approvalsRequired(rules: ApprovalRules, rowCount: number): 1 | 2 {
  return rules.secondApproverAboveRows !== null && rowCount > rules.secondApproverAboveRows ? 2 : 1;
}

export function needsControlTotal(rules: ApprovalRules, rowCount: number): boolean {
  return rules.controlTotalAboveRows !== null && rowCount > rules.controlTotalAboveRows;
}
