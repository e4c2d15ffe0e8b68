import { approvalPolicyBody, organizationParams } from "@/lib/admin/organizations/contracts";
import { setApprovalPolicy } from "@/lib/admin/organizations/set-approval-policy";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

/** Replace the organization's approval policy (all three rules; null turns a rule off). */
export const PUT = route({ permission: "admin:organizations", params: organizationParams, body: approvalPolicyBody }, (ctx) =>
  setApprovalPolicy(ctx, ctx.params.organizationId, ctx.body),
);
