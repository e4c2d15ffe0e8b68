import { randomUUID } from "node:crypto";

// Issue #11: the declared access table of every route file under app/. e2e/access-sweep.spec.ts
// fails when a route file or an exported method is missing here, when this table names one that
// no longer exists, or when a route answers anything but the status declared for a caller.
// The table states the TARGET rules (the issue's), not whatever the code answered once:
// - anonymous → 401; signed in without the route's permission → 403 (lib/auth/permissions.ts);
// - another organization's id → 404, byte-identical to a missing id's (checked for every call of
//   a cross-organization caller: same x-request-id, same status, same bytes);
// - an id that is not a UUID → 404;
// - the platform administrator sees no personal data (customer rows, profiles, samples → 403);
// - an x-transaction-key opens no portal route (the sandbox is its own process: its access
//   tests are in packages/digitization-sandbox).

export const IDENTITIES = [
  "anonymous",
  "wrongKey",
  "admin",
  "betaUploader",
  "betaApprover",
  "betaKey",
  "alphaApprover",
  "alphaKey",
  // Last: the uploader's tus DELETE ends the upload the other callers are refused.
  "alphaUploader",
] as const;
export type Identity = (typeof IDENTITIES)[number];

/** Callers of another organization than the subject's (Alpha's): their answers must equal a missing id's. */
export const CROSS_ORGANIZATION: readonly Identity[] = ["betaUploader", "betaApprover", "betaKey"];

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** What the route's id parameter is set to; the spec creates each one before the sweep. */
export type Subject =
  | "alphaRequest" // Alpha's request: approved, submitted, its batch completed
  | "alphaUpload" // Alpha's request still in UPLOADING, created by Alpha's uploader, no bytes yet
  | "orgToRename"
  | "orgToSuspend"
  | "orgToReactivate" // suspended before the sweep
  | "userToChange"
  | "userToDisable"
  | "userToEnable" // disabled before the sweep
  | "keyToRotate"
  | "keyToRevoke";

/** Values the bodies need, created with the subjects. */
export type SweepFixtures = {
  stamp: string;
  alphaRequestSha256: string;
  /** A customer of alphaRequest whose record succeeded. */
  customerId: string;
  alphaUploadSize: number;
  /** An organization with no key yet (the POST /api/admin/api-keys body). */
  orgForNewKey: string;
};

export type Call = { path?: string; headers?: Record<string, string>; data?: unknown };
/** Builds the call for an id (the subject's, a missing one, or a malformed one). */
export type Send = (id: string, fx: SweepFixtures) => Call;

type Expected = number | readonly number[];
export type MethodRow = {
  expect: Record<Identity, Expected>;
  send?: Send;
  /** Ids that are not UUIDs, sent by a caller who has the permission. */
  malformed?: { as: Identity; status: Expected; ids?: (subjectId: string) => string[] };
};
export type RouteRow =
  | { subject?: Subject; methods: Partial<Record<HttpMethod, MethodRow>> }
  | { excluded: string; methods: Partial<Record<HttpMethod, "excluded">> };

/**
 * A session route's answers, in the order anonymous, ADMIN, Alpha UPLOADER, Alpha APPROVER,
 * Beta UPLOADER, Beta APPROVER. An x-transaction-key is not a session: keys alone get 401.
 */
function s(anonymous: number, admin: number, alphaUploader: number, alphaApprover: number, betaUploader: number, betaApprover: number): Record<Identity, Expected> {
  return { anonymous, admin, alphaUploader, alphaApprover, betaUploader, betaApprover, alphaKey: 401, betaKey: 401, wrongKey: 401 };
}

const NOT_FOUND_FOR = (as: Identity) => ({ as, status: 404 });
const json = (data: unknown): Send => () => ({ data });

const ADMIN_ONLY = (ok: number) => s(401, ok, 403, 403, 403, 403);

// tus: the upload's id is its request's id; POST names it in the metadata, the rest in the path,
// which must be exactly /api/uploads/<uuid>. GET and OPTIONS are not used by tus-js-client: 405.
const TUS = { "Tus-Resumable": "1.0.0" };
const tusPath: Send = (id) => ({ path: `/api/uploads/${id}`, headers: TUS });
const tusMalformed = { as: "alphaUploader", status: [404, 400], ids: (id: string) => ["not-a-uuid", `x/${id}`, `${id}/x`] } as const;

export const ACCESS_TABLE: Record<string, RouteRow> = {
  "app/api/account/api-keys/route.ts": { methods: { GET: { expect: s(401, 403, 403, 200, 403, 200) } } },
  // A wrong current password: the answer proves the caller got past authorization, and no password changes.
  // Every signed-in user keeps their own language (for e-mails); setting English is harmless here.
  "app/api/account/language/route.ts": { methods: { PUT: { expect: s(401, 200, 200, 200, 200, 200), send: json({ language: "en" }) } } },
  "app/api/account/password/route.ts": {
    methods: { POST: { expect: s(401, 400, 400, 400, 400, 400), send: json({ currentPassword: "Not-The-Passw0rd-1", newPassword: "Sweep-Never-Set-2", confirmPassword: "Sweep-Never-Set-2" }) } },
  },

  "app/api/admin/api-keys/[keyId]/revoke/route.ts": { subject: "keyToRevoke", methods: { POST: { expect: ADMIN_ONLY(200), malformed: NOT_FOUND_FOR("admin") } } },
  "app/api/admin/api-keys/[keyId]/rotate/route.ts": { subject: "keyToRotate", methods: { POST: { expect: ADMIN_ONLY(201), malformed: NOT_FOUND_FOR("admin") } } },
  "app/api/admin/api-keys/route.ts": {
    methods: {
      GET: { expect: ADMIN_ONLY(200) },
      POST: { expect: ADMIN_ONLY(201), send: (_, fx) => ({ data: { organizationId: fx.orgForNewKey } }) },
    },
  },
  "app/api/admin/audit/export/route.ts": { methods: { GET: { expect: ADMIN_ONLY(200) } } },
  "app/api/admin/audit/route.ts": { methods: { GET: { expect: ADMIN_ONLY(200) } } },
  "app/api/admin/audit/verify/route.ts": { methods: { POST: { expect: ADMIN_ONLY(200) } } },
  "app/api/admin/failed-jobs/route.ts": { methods: { GET: { expect: ADMIN_ONLY(200) } } },
  // Every rule off: the organization keeps plain four eyes.
  "app/api/admin/organizations/[organizationId]/approval-policy/route.ts": {
    subject: "orgToRename",
    methods: { PUT: { expect: ADMIN_ONLY(200), send: json({ secondApproverAboveRows: null, expiryDays: null, controlTotalAboveRows: null }), malformed: NOT_FOUND_FOR("admin") } },
  },
  "app/api/admin/organizations/[organizationId]/reactivate/route.ts": { subject: "orgToReactivate", methods: { POST: { expect: ADMIN_ONLY(200), malformed: NOT_FOUND_FOR("admin") } } },
  "app/api/admin/organizations/[organizationId]/route.ts": {
    subject: "orgToRename",
    methods: { PATCH: { expect: ADMIN_ONLY(200), send: (_, fx) => ({ data: { name: `Sweep ${fx.stamp} renamed` } }), malformed: NOT_FOUND_FOR("admin") } },
  },
  "app/api/admin/organizations/[organizationId]/suspend/route.ts": { subject: "orgToSuspend", methods: { POST: { expect: ADMIN_ONLY(200), malformed: NOT_FOUND_FOR("admin") } } },
  "app/api/admin/organizations/route.ts": {
    methods: {
      GET: { expect: ADMIN_ONLY(200) },
      POST: { expect: ADMIN_ONLY(201), send: (_, fx) => ({ data: { name: `Sweep ${fx.stamp} created` } }) },
    },
  },
  "app/api/admin/users/[userId]/disable/route.ts": { subject: "userToDisable", methods: { POST: { expect: ADMIN_ONLY(200), malformed: NOT_FOUND_FOR("admin") } } },
  "app/api/admin/users/[userId]/enable/route.ts": { subject: "userToEnable", methods: { POST: { expect: ADMIN_ONLY(200), malformed: NOT_FOUND_FOR("admin") } } },
  "app/api/admin/users/[userId]/password/route.ts": {
    subject: "userToChange",
    methods: { POST: { expect: ADMIN_ONLY(200), send: json({ password: "Sweep-OneTime-Passw0rd-2" }), malformed: NOT_FOUND_FOR("admin") } },
  },
  "app/api/admin/users/[userId]/roles/route.ts": {
    subject: "userToChange",
    methods: { PUT: { expect: ADMIN_ONLY(200), send: json({ roles: ["UPLOADER", "APPROVER"] }), malformed: NOT_FOUND_FOR("admin") } },
  },
  "app/api/admin/users/route.ts": {
    methods: {
      GET: { expect: ADMIN_ONLY(200) },
      POST: {
        expect: ADMIN_ONLY(201),
        send: (_, fx) => ({ data: { email: `sweep-${fx.stamp}@e2e.example`, name: `Sweep ${fx.stamp}`, organizationId: fx.orgForNewKey, roles: ["UPLOADER"], password: "Sweep-OneTime-Passw0rd-1" } }),
      },
    },
  },

  "app/api/auth/[...nextauth]/route.ts": { excluded: "next-auth's own endpoints (sign-in form, CSRF token, session): public by design", methods: { GET: "excluded", POST: "excluded" } },

  "app/api/me/route.ts": { methods: { GET: { expect: s(401, 200, 200, 200, 200, 200) } } },

  // Each user's own notifications: nothing of anyone else's is named (another's id: 404, lib/notifications tests).
  "app/api/notifications/read/route.ts": { methods: { POST: { expect: s(401, 200, 200, 200, 200, 200), send: json({ all: true }) } } },
  "app/api/notifications/route.ts": { methods: { GET: { expect: s(401, 200, 200, 200, 200, 200) } } },

  // On alphaRequest (submitted, batch completed) a decision or a second completion is a 409:
  // the caller got past every authorization check and only the request's state refuses.
  "app/api/requests/[requestId]/approve/route.ts": {
    subject: "alphaRequest",
    methods: { POST: { expect: s(401, 403, 403, 409, 403, 404), send: (_, fx) => ({ data: { sha256: fx.alphaRequestSha256 } }), malformed: NOT_FOUND_FOR("alphaApprover") } },
  },
  "app/api/requests/[requestId]/batch/customer/reveal/route.ts": {
    subject: "alphaRequest",
    methods: { POST: { expect: s(401, 403, 403, 200, 403, 404), send: (_, fx) => ({ data: { customerId: fx.customerId, reason: "Checked by the access sweep" } }), malformed: NOT_FOUND_FOR("alphaApprover") } },
  },
  "app/api/requests/[requestId]/batch/customer/route.ts": {
    subject: "alphaRequest",
    methods: { POST: { expect: s(401, 403, 200, 200, 404, 404), send: (_, fx) => ({ data: { customerId: fx.customerId } }), malformed: NOT_FOUND_FOR("alphaUploader") } },
  },
  // Counts only: the administrator may read them.
  "app/api/requests/[requestId]/batch/error-summary/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 200, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  // The full input rows, to correct them: uploaders only (customer-data:export).
  "app/api/requests/[requestId]/batch/errored.csv/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 403, 200, 403, 404, 403), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  "app/api/requests/[requestId]/batch/errored/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 403, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  "app/api/requests/[requestId]/batch/records/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 403, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  "app/api/requests/[requestId]/batch/status/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 200, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  "app/api/requests/[requestId]/complete/route.ts": { subject: "alphaRequest", methods: { POST: { expect: s(401, 403, 409, 403, 404, 403), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  // Counts, codes, statuses and file names of the request's corrections: the administrator may read them.
  "app/api/requests/[requestId]/lineage/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 200, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  "app/api/requests/[requestId]/reject/route.ts": {
    subject: "alphaRequest",
    methods: { POST: { expect: s(401, 403, 403, 409, 403, 404), send: json({ reason: "Checked by the access sweep" }), malformed: NOT_FOUND_FOR("alphaApprover") } },
  },
  "app/api/requests/[requestId]/retry-submission/route.ts": { subject: "alphaRequest", methods: { POST: { expect: s(401, 403, 403, 409, 403, 404), malformed: NOT_FOUND_FOR("alphaApprover") } } },
  "app/api/requests/[requestId]/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 200, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  "app/api/requests/[requestId]/sample/route.ts": { subject: "alphaRequest", methods: { GET: { expect: s(401, 403, 200, 200, 404, 404), malformed: NOT_FOUND_FOR("alphaUploader") } } },
  // Zero for anyone who approves nothing (the administrator, uploaders).
  "app/api/requests/awaiting-count/route.ts": { methods: { GET: { expect: s(401, 200, 200, 200, 200, 200) } } },
  "app/api/requests/duplicates/route.ts": {
    methods: { GET: { expect: s(401, 403, 200, 403, 200, 403), send: (_, fx) => ({ path: `/api/requests/duplicates?sha256=${fx.alphaRequestSha256}` }) } },
  },
  "app/api/requests/route.ts": {
    methods: {
      GET: { expect: s(401, 200, 200, 200, 200, 200) },
      // A new digest each call, so Alpha's and Beta's uploaders each create one request.
      POST: { expect: s(401, 403, 201, 403, 201, 403), send: (_, fx) => ({ data: { fileName: `sweep-${fx.stamp}.csv`, fileSize: 10, sha256: randomUUID().replace(/-/g, "").repeat(2) } }) },
    },
  },

  "app/api/uploads/[[...path]]/route.ts": {
    subject: "alphaUpload",
    methods: {
      POST: {
        expect: s(401, 403, 201, 403, 404, 403),
        send: (id, fx) => ({
          path: "/api/uploads",
          headers: { ...TUS, "Upload-Length": String(fx.alphaUploadSize), "Upload-Metadata": `requestId ${Buffer.from(id).toString("base64")},filename ${Buffer.from("sweep.csv").toString("base64")}` },
        }),
        malformed: { as: "alphaUploader", status: [404, 400], ids: () => ["not-a-uuid", "../x"] },
      },
      HEAD: { expect: s(401, 403, 200, 403, 404, 403), send: tusPath, malformed: tusMalformed },
      GET: { expect: s(401, 403, 405, 403, 405, 403), send: tusPath },
      OPTIONS: { expect: s(401, 403, 405, 403, 405, 403), send: tusPath },
      // No bytes: offset 0 stays 0, so the answer is the authorization's, not the file's.
      PATCH: {
        expect: s(401, 403, 204, 403, 404, 403),
        send: (id) => ({ path: `/api/uploads/${id}`, headers: { ...TUS, "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" }, data: Buffer.alloc(0) }),
        malformed: tusMalformed,
      },
      DELETE: { expect: s(401, 403, 204, 403, 404, 403), send: tusPath, malformed: tusMalformed },
    },
  },
};

/** The URL path of a route file, its [param] set to `id` (the catch-all tus route takes the id as its one segment). */
export function urlPathOf(file: string, id: string): string {
  const route = file.replace(/^app/, "").replace(/\/route\.ts$/, "");
  return route.replace(/\[\[?\.{0,3}[A-Za-z]+\]?\]/g, id);
}

/** HTTP methods a route file exports: `export const GET`, `export async function POST`, `export { handle as GET }`. */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s+([A-Z]+)\s*[=:]/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:async\s+)?function\s*\*?\s*([A-Z]+)\s*\(/g)) found.add(m[1]!);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim();
      if (name) found.add(name);
    }
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}
