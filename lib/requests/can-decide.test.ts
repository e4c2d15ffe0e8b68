import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import { approvalsRequired, canDecide, DEFAULT_RULES, needsControlTotal } from "./can-decide";

const ORG = "org-a";
const person = (id: string, roles: Role[], organizationId: string | null = ORG): Actor => ({
  id, email: `${id}@x.example`, name: id, roles, organizationId, organizationName: "A", permissions: permissionsOf(roles), mustChangePassword: false,
});
const request = (approvals: string[] = [], status = "PENDING_APPROVAL") => ({ organizationId: ORG, uploadedById: "uploader", status, approvals: approvals.map((approverId) => ({ approverId })) });

describe("canDecide", () => {
  it("allows an approver of the organization who neither uploaded nor approved it", () => {
    expect(canDecide(request(), person("ann", ["APPROVER"]))).toEqual({ allowed: true });
  });
  it("refuses, with a reason, another organization, a non-approver, the uploader, and a second approval by the same person", () => {
    expect(canDecide(request(), person("bob", ["APPROVER"], "org-b"))).toEqual({ allowed: false, refusal: "OTHER_ORGANIZATION" });
    expect(canDecide(request(), person("ann", ["UPLOADER"]))).toEqual({ allowed: false, refusal: "NOT_APPROVER" });
    expect(canDecide(request(), person("uploader", ["UPLOADER", "APPROVER"]))).toEqual({ allowed: false, refusal: "OWN_UPLOAD" });
    expect(canDecide(request(["ann"]), person("ann", ["APPROVER"]))).toEqual({ allowed: false, refusal: "ALREADY_APPROVED" });
  });
  it("lets the approver who approved retry a failed submission (an earlier approval only counts while approvals are collected)", () => {
    expect(canDecide(request(["ann"], "SUBMISSION_FAILED"), person("ann", ["APPROVER"]))).toEqual({ allowed: true });
  });
});

describe("the rules' thresholds", () => {
  const rules = { ...DEFAULT_RULES, secondApproverAboveRows: 100, controlTotalAboveRows: 0 };
  it("count records above the threshold, not at it", () => {
    expect(approvalsRequired(rules, 100)).toBe(1);
    expect(approvalsRequired(rules, 101)).toBe(2);
    expect(needsControlTotal(rules, 0)).toBe(false);
    expect(needsControlTotal(rules, 1)).toBe(true);
  });
  it("ask for nothing more without a policy", () => {
    expect(approvalsRequired(DEFAULT_RULES, 10_000_000)).toBe(1);
    expect(needsControlTotal(DEFAULT_RULES, 10_000_000)).toBe(false);
  });
});
