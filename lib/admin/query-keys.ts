import type { ListUsersQuery } from "./users/contracts";
import type { ListAuditQuery } from "@/lib/audit/contracts";
import type { ListFailedJobsQuery } from "@/lib/jobs/failed-job-contracts";

// TanStack Query key factory for the administration and account pages. Invalidate
// `adminKeys.all` after a change that several lists show (an organization's key, its status).
export const adminKeys = {
  all: ["admin"] as const,
  organizations: () => [...adminKeys.all, "organizations"] as const,
  users: (query: Partial<ListUsersQuery>) => [...adminKeys.all, "users", query] as const,
  apiKeys: (organizationId?: string) => [...adminKeys.all, "api-keys", organizationId ?? "all"] as const,
  audit: (query: Partial<ListAuditQuery>) => [...adminKeys.all, "audit", query] as const,
  failedJobs: (query: ListFailedJobsQuery) => [...adminKeys.all, "failed-jobs", query] as const,
  ownApiKeys: () => ["account", "api-keys"] as const,
};
