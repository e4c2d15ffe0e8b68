import { z } from "zod";

// The audit log API's shapes, shared by the route handlers and the browser. Pure.

export type AuditOutcome = "SUCCESS" | "DENIED" | "FAILURE";

/** Actions written across the portal, offered as suggestions; the filter matches by prefix. */
export const KNOWN_AUDIT_ACTIONS = [
  "auth.", "auth.sign-in", "auth.sign-out", "auth.lockout", "access.denied",
  "admin.", "admin.organization.", "admin.user.", "account.password-changed",
  "api-key.", "api-key.generated", "api-key.rotated", "api-key.revoked",
  "request.", "batch.", "audit.exported", "audit.chain-verified",
] as const;

// Search forms send empty fields; they mean "any".
const blankAsAny = (value: unknown) => (value === "" ? undefined : value);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD").refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), "not a date");

export const auditFilter = z
  .object({
    organizationId: z.preprocess(blankAsAny, z.uuid().optional()),
    /** Actor email, case-insensitive contains. */
    actor: z.preprocess(blankAsAny, z.string().trim().max(320).optional()),
    /** Action prefix: "admin.user." finds every user change. */
    action: z.preprocess(blankAsAny, z.string().trim().max(100).optional()),
    outcome: z.preprocess(blankAsAny, z.enum(["SUCCESS", "DENIED", "FAILURE"]).optional()),
    /** Inclusive UAE days (audit-where.ts). */
    from: z.preprocess(blankAsAny, day.optional()),
    to: z.preprocess(blankAsAny, day.optional()),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ["to"], message: "must not be before the start date" });
export type AuditFilter = z.infer<typeof auditFilter>;

export const AUDIT_PAGE_SIZES = [25, 50, 100] as const;

export const listAuditQuery = z.intersection(
  auditFilter,
  z.object({
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().refine((n) => (AUDIT_PAGE_SIZES as readonly number[]).includes(n), "must be 25, 50 or 100").default(25),
  }),
);
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

export type AuditEventDto = {
  /** A string: ids are 64-bit. */
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  organizationId: string | null;
  organizationName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  outcome: AuditOutcome;
  sourceIp: string | null;
  requestId: string | null;
  details: unknown;
};

export type ListAuditResponse = { events: AuditEventDto[]; total: number; page: number; pageSize: number };

export type ChainStatus = {
  intact: boolean;
  entries: number;
  /** The first entry that does not check out. */
  brokenId: string | null;
  /** Why that entry fails: its own content, or its link to the entry before it. */
  brokenReason: "content" | "link" | null;
  /** The same in English, for API clients and logs; the portal words the fields above. */
  message: string;
  checkedAt: string;
};
