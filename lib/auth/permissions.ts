import type { Role } from "@/lib/generated/prisma/enums";

// Permissions are data: each route and page declares the one it needs; roles map to sets here
// and nowhere else. Platform administrators operate the platform; they are not bank staff, so
// no customer-data permission is theirs: they see requests' metadata and counts only. Pure module, shared by server and browser (to hide what a user cannot do).
export const PERMISSIONS = [
  "requests:read",
  "requests:read-all-organizations",
  "requests:upload",
  "requests:approve",
  "batches:read",
  /** Customers' rows and profiles (names, dates of birth, masked Emirates IDs): bank staff only. */
  "customer-data:read",
  /** The errored rows with full input, to correct them: uploaders only, audited. */
  "customer-data:export",
  "personal-data:reveal",
  "api-keys:read-own",
  "account:password",
  "admin:organizations",
  "admin:users",
  "admin:api-keys",
  "admin:audit",
  /** Background jobs that failed for good: names, request ids, attempts, error messages; no payload. */
  "admin:jobs",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  ADMIN: [
    "requests:read", "requests:read-all-organizations", "batches:read",
    "admin:organizations", "admin:users", "admin:api-keys", "admin:audit", "admin:jobs", "account:password",
  ],
  UPLOADER: ["requests:read", "requests:upload", "batches:read", "customer-data:read", "customer-data:export", "account:password"],
  APPROVER: ["requests:read", "requests:approve", "batches:read", "customer-data:read", "personal-data:reveal", "api-keys:read-own", "account:password"],
};

export function permissionsOf(roles: readonly Role[]): Set<Permission> {
  return new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role]));
}
