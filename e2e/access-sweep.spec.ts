import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { expect, test, type APIRequestContext, type APIResponse, type PlaywrightWorkerArgs } from "@playwright/test";
import { accounts, PASSWORD } from "./support/accounts";
import {
  ACCESS_TABLE, CROSS_ORGANIZATION, IDENTITIES, exportedMethods, urlPathOf,
  type HttpMethod, type Identity, type MethodRow, type Subject, type SweepFixtures,
} from "./support/access-table";
import { uploadCsv } from "./support/api";
import { csvOf, goodRow, sandboxErrorEid, sha256 } from "./support/csv";

// Issue #11: every route file under app/, every exported method, called as every kind of caller,
// against the declared table (e2e/support/access-table.ts). A route added tomorrow fails the
// first test until the table says who may call it.

const ROUTE_FILES = (readdirSync("app", { recursive: true }) as string[])
  .map((file) => `app/${file.split("\\").join("/")}`)
  .filter((file) => file.endsWith("/route.ts"))
  .sort();

test("every route file and exported method is in the access table, and nothing else", () => {
  const onDisk = Object.fromEntries(ROUTE_FILES.map((file) => [file, exportedMethods(readFileSync(file, "utf8"))]));
  const declared = Object.fromEntries(Object.entries(ACCESS_TABLE).map(([file, row]) => [file, Object.keys(row.methods).sort()]));
  expect(ROUTE_FILES.length).toBeGreaterThan(30);
  expect(Object.keys(declared).sort(), "route files on disk vs. the table").toEqual(ROUTE_FILES);
  for (const file of ROUTE_FILES) expect(declared[file], `${file}: exported methods vs. the table`).toEqual([...onDisk[file]!].sort());
});

const KEYS = { alphaKey: "sandbox_alpha_0123456789abcdef", betaKey: "sandbox_beta_0123456789abcdef", wrongKey: "sandbox_alpha_ffffffffffffffff" } as const;
const SESSIONS = { admin: accounts.admin, alphaUploader: accounts.alphaUploader, alphaApprover: accounts.alphaApprover, betaUploader: accounts.betaUploader, betaApprover: accounts.betaApprover } as const;
const MALFORMED_IDS = ["not-a-uuid", "..%2Fx"];
const stamp = `${Date.now()}`;

let clients: Record<Identity, APIRequestContext>;
let subjects: Record<Subject, string>;
let fixtures: SweepFixtures;

/**
 * A caller signed in through next-auth's own endpoints (what the login form posts), with no
 * browser: the sweep only needs each identity's cookie, and is much faster without pages.
 */
async function signedIn(playwright: PlaywrightWorkerArgs["playwright"], baseURL: string | undefined, email: string) {
  const client = await playwright.request.newContext({ baseURL });
  const { csrfToken } = await (await client.get("/api/auth/csrf")).json();
  await client.post("/api/auth/callback/credentials", { form: { csrfToken, email, password: PASSWORD, json: "true" }, maxRedirects: 0 });
  const session = await (await client.get("/api/auth/session")).json();
  expect(session?.user?.email, `signed in as ${email}`).toBe(email);
  return client;
}

/** The administrator prepares what the admin routes act on; each success row gets its own. */
async function adminSubjects(admin: APIRequestContext) {
  const created = async (path: string, data: unknown) => {
    const response = await admin.post(path, { data });
    expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
    return response.json();
  };
  const org = async (label: string) => (await created("/api/admin/organizations", { name: `Sweep ${stamp} ${label}` })).id as string;
  const user = async (label: string, organizationId: string) =>
    (await created("/api/admin/users", { email: `sweep-${label}-${stamp}@e2e.example`, name: `Sweep ${label}`, organizationId, roles: ["UPLOADER"], password: "Sweep-OneTime-Passw0rd-1" })).id as string;
  const ok = async (path: string) => expect((await admin.post(path)).status(), path).toBe(200);

  const orgToRename = await org("rename");
  const orgToReactivate = await org("reactivate");
  await ok(`/api/admin/organizations/${orgToReactivate}/suspend`);
  const userToEnable = await user("enable", orgToRename);
  await ok(`/api/admin/users/${userToEnable}/disable`);
  return {
    orgForNewKey: await org("new-key"),
    subjects: {
      orgToRename,
      orgToSuspend: await org("suspend"),
      orgToReactivate,
      userToChange: await user("change", orgToRename),
      userToDisable: await user("disable", orgToRename),
      userToEnable,
      keyToRotate: (await created("/api/admin/api-keys", { organizationId: await org("rotate") })).key.id as string,
      keyToRevoke: (await created("/api/admin/api-keys", { organizationId: await org("revoke") })).key.id as string,
    },
  };
}

/** Alpha's request, approved by Alpha's approver, its batch completed in the sandbox. */
async function completedAlphaRequest(uploader: APIRequestContext, approver: APIRequestContext) {
  const rows = [goodRow(), goodRow({ name_on_eid: "فاطمة الشامسي" }), goodRow({ eid_number: sandboxErrorEid(1) })];
  const content = csvOf(rows);
  const { id, complete } = await uploadCsv(uploader, `sweep-${stamp}.csv`, content);
  expect(complete!.status(), await complete!.text()).toBe(200);
  const approved = await approver.post(`/api/requests/${id}/approve`, { data: { sha256: sha256(content) } });
  expect(approved.status(), await approved.text()).toBe(200);
  await expect.poll(async () => (await (await approver.get(`/api/requests/${id}`)).json()).batchId, { timeout: 30_000 }).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(async () => (await (await approver.get(`/api/requests/${id}/batch/status`)).json()).status, { timeout: 30_000 }).toBe("completed");
  const { batchId } = await (await approver.get(`/api/requests/${id}`)).json();
  return { id: id!, batchId: batchId as string, sha: sha256(content), customerId: rows[0]!.customer_id! };
}

test.describe("access sweep", () => {
  test.describe.configure({ timeout: 240_000 });

  test.beforeAll(async ({ playwright }, testInfo) => {
    const { baseURL } = testInfo.project.use;
    const sessions = {} as Record<keyof typeof SESSIONS, APIRequestContext>;
    for (const [who, email] of Object.entries(SESSIONS)) sessions[who as keyof typeof SESSIONS] = await signedIn(playwright, baseURL, email);
    const anonymous = await playwright.request.newContext({ baseURL });
    clients = { ...sessions, anonymous, alphaKey: anonymous, betaKey: anonymous, wrongKey: anonymous };

    const request = await completedAlphaRequest(sessions.alphaUploader, sessions.alphaApprover);
    const uploadContent = csvOf([goodRow()]);
    const upload = await sessions.alphaUploader.post("/api/requests", { data: { fileName: `sweep-upload-${stamp}.csv`, fileSize: Buffer.byteLength(uploadContent), sha256: sha256(uploadContent) } });
    expect(upload.status(), await upload.text()).toBe(201);
    const admin = await adminSubjects(sessions.admin);

    subjects = { alphaRequest: request.id, alphaUpload: (await upload.json()).id, ...admin.subjects };
    fixtures = {
      stamp,
      alphaRequestSha256: request.sha,
      customerId: request.customerId,
      alphaUploadSize: Buffer.byteLength(uploadContent),
      orgForNewKey: admin.orgForNewKey,
    };
  });

  let callNumber = 0;

  async function call(identity: Identity, method: HttpMethod, file: string, row: MethodRow, id: string, requestId: string): Promise<APIResponse> {
    const built = row.send?.(id, fixtures) ?? {};
    const headers: Record<string, string> = { "x-request-id": requestId, ...built.headers };
    if (identity in KEYS) headers["x-transaction-key"] = KEYS[identity as keyof typeof KEYS];
    // The batch routes and the sandbox spend Alpha's key, limited to 25 calls a second.
    if (file.includes("/batch")) await new Promise((r) => setTimeout(r, 70));
    return clients[identity].fetch(built.path ?? urlPathOf(file, id), { method, headers, data: built.data, maxRedirects: 0, failOnStatusCode: false });
  }

  const allowed = (expected: number | readonly number[], status: number) => (typeof expected === "number" ? [expected] : expected).includes(status);
  const describe = async (response: APIResponse) => `${response.status()} ${(await response.text()).slice(0, 160)}`;

  test("every route answers every caller as the table declares", async () => {
    for (const [file, route] of Object.entries(ACCESS_TABLE)) {
      if ("excluded" in route) continue;
      await test.step(file, async () => {
        const subjectId = route.subject ? subjects[route.subject] : "";
        for (const [method, row] of Object.entries(route.methods) as [HttpMethod, MethodRow][]) {
          // Not-UUID ids first: a path that reached the wrong upload must not have ended the real one yet.
          if (row.malformed && route.subject) {
            for (const bad of row.malformed.ids?.(subjectId) ?? MALFORMED_IDS) {
              const response = await call(row.malformed.as, method, file, row, bad, `sweep-${stamp}-${++callNumber}`);
              expect.soft(allowed(row.malformed.status, response.status()), `${method} ${file} with id "${bad}" as ${row.malformed.as}: expected ${row.malformed.status}, got ${await describe(response)}`).toBe(true);
            }
          }
          for (const identity of IDENTITIES) {
            const requestId = `sweep-${stamp}-${++callNumber}`;
            const response = await call(identity, method, file, row, subjectId, requestId);
            const expected = row.expect[identity];
            expect.soft(allowed(expected, response.status()), `${method} ${file} as ${identity}: expected ${expected}, got ${await describe(response)}`).toBe(true);
            if (route.subject && CROSS_ORGANIZATION.includes(identity)) {
              // Another organization's id must be indistinguishable from an id that exists nowhere.
              const missing = await call(identity, method, file, row, randomUUID(), requestId);
              const same = response.status() === missing.status() && (await response.body()).equals(await missing.body());
              expect.soft(same, `${method} ${file} as ${identity}: Alpha's id answered ${await describe(response)}, a missing id ${await describe(missing)}`).toBe(true);
            }
          }
        }
      });
    }
  });
});
