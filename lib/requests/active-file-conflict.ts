import "server-only";

// The partial unique index that keeps one active request per file and organization
// (prisma/schema/portal.prisma, MigrationRequest).
const INDEX = "MigrationRequest_active_file_key";

/**
 * Whether a write failed because another request of the organization already holds the same
 * file in an active state: Prisma's P2002 naming that index (or its columns), or PostgreSQL's
 * own 23505 when it arrives unwrapped. Other unique violations are not this conflict.
 */
export function isActiveFileConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta } = error as { code?: unknown; meta?: unknown };
  if (code === "P2002") return namesTheIndex(meta);
  if (code === "23505") return namesTheIndex(error);
  return false;
}

function namesTheIndex(detail: unknown): boolean {
  const text = JSON.stringify(detail ?? {}, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
  return text.includes(INDEX) || (text.includes("organizationId") && text.includes("sha256"));
}
