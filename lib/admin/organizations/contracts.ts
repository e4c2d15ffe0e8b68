import { z } from "zod";
import { isCanonicalHost } from "@/lib/digitization/client/destination";

// The organizations admin API's shapes, shared by the route handlers and the browser. Pure.
// Messages are codes of the `common.validation` catalogue (lib/validation/issues.ts).

export type OrganizationStatus = "ACTIVE" | "SUSPENDED";

export const organizationNameField = z
  .string()
  .trim()
  .min(2)
  .max(120);

/** An http(s) address with no credentials, query or fragment; "" means the configured default. */
export function isApiBaseUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (url.protocol === "http:" || url.protocol === "https:") && !url.username && !url.password && !url.search && !url.hash;
}

export const baseUrlField = z
  .string()
  .trim()
  .max(500)
  .refine((v) => v === "" || isApiBaseUrl(v), "baseUrlInvalid")
  // 0x7f000001, 2130706433, 127.1 and friends: write the host as the URL parser does.
  .refine((v) => v === "" || !isApiBaseUrl(v) || isCanonicalHost(v), "baseUrlHostForm");

export const createOrganizationBody = z.object({
  name: organizationNameField,
  digitizationBaseUrl: baseUrlField.optional(),
});
export type CreateOrganizationBody = z.infer<typeof createOrganizationBody>;

export const updateOrganizationBody = z
  .object({ name: organizationNameField.optional(), digitizationBaseUrl: baseUrlField.optional() })
  .refine((b) => b.name !== undefined || b.digitizationBaseUrl !== undefined, "nothingToChange");
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBody>;

export const organizationParams = z.object({ organizationId: z.uuid() });

export type OrganizationDto = {
  id: string;
  name: string;
  status: OrganizationStatus;
  /** Null: the configured default (see `defaultBaseUrl`). */
  digitizationBaseUrl: string | null;
  userCount: number;
  activeKey: { prefix: string; last4: string } | null;
  createdAt: string;
  /** Version 0 with every rule null: no policy set, plain four eyes. */
  approvalPolicy: ApprovalPolicyDto;
};

export type ListOrganizationsResponse = { organizations: OrganizationDto[]; defaultBaseUrl: string };

/** A rule that is off (null) or a whole number in range; the form sends "" for off. */
const ruleField = (min: number, max: number) => z.number().int("wholeNumber").min(min, "atLeast").max(max, "atMost").nullable();

/** An organization's approval policy; every rule null keeps plain four eyes (one approver, no expiry, no control total). */
export const approvalPolicyBody = z.object({
  /** Files with more records than this need a second, distinct approver. */
  secondApproverAboveRows: ruleField(0, 10_000_000),
  /** Requests not decided within this many days expire. */
  expiryDays: ruleField(1, 365),
  /** Files with more records than this are approved only with their record count typed in. */
  controlTotalAboveRows: ruleField(0, 10_000_000),
});
export type ApprovalPolicyBody = z.infer<typeof approvalPolicyBody>;
export type ApprovalPolicyDto = ApprovalPolicyBody & { version: number };
