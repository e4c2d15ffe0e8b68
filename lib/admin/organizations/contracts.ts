import { z } from "zod";
import { isCanonicalHost } from "@/lib/digitization/client/destination/host-spelling";

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
};

export type ListOrganizationsResponse = { organizations: OrganizationDto[]; defaultBaseUrl: string };
