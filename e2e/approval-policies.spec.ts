import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { accounts, PASSWORD } from "./support/accounts";
import { apiAs, uploadCsv } from "./support/api";
import { csvOf, goodRow } from "./support/csv";

// Issue #16: approval policies per organization. A dedicated organization, so its policy never
// reaches the other specs' requests (they share the demo organizations and run alongside).
// The run counts a policy's expiry in minutes and runs upkeep every minute (playwright.config.ts).

test.describe.configure({ mode: "serial" });

const stamp = Date.now();
const ONE_TIME = "Policy-OneTime-Passw0rd-1";
let admin: APIRequestContext, betaApprover: APIRequestContext;
let orgId: string;
const people: Record<"uploader" | "first" | "second", { email: string; context: BrowserContext; api: APIRequestContext }> = {} as never;

/** A user of the policy organization, signed in with the demo password after replacing the one-time one. */
async function person(browser: Browser, label: string, roles: string[]) {
  const email = `policy-${label}-${stamp}@e2e.example`;
  const created = await admin.post("/api/admin/users", { data: { email, name: `Policy ${label}`, organizationId: orgId, roles, password: ONE_TIME } });
  expect(created.status(), await created.text()).toBe(201);
  const context = await browser.newContext();
  const page = await context.newPage();
  const signIn = async (password: string) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await signIn(ONE_TIME);
  await expect(page).toHaveURL(/\/account\/password$/);
  const changed = await context.request.post("/api/account/password", { data: { currentPassword: ONE_TIME, newPassword: PASSWORD, confirmPassword: PASSWORD } });
  expect(changed.status(), await changed.text()).toBe(200);
  await signIn(PASSWORD);
  await expect(page).toHaveURL(/\/population-migration$/);
  await page.close();
  return { email, context, api: context.request };
}

async function setPolicy(rules: { secondApproverAboveRows: number | null; expiryDays: number | null; controlTotalAboveRows: number | null }) {
  const response = await admin.put(`/api/admin/organizations/${orgId}/approval-policy`, { data: rules });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).approvalPolicy.version as number;
}

async function upload(rows: number, content = csvOf(Array.from({ length: rows }, () => goodRow()))) {
  const fileName = `policy-${rows}-${Date.now()}.csv`;
  const { id, complete } = await uploadCsv(people.uploader.api, fileName, content);
  expect(complete!.status(), await complete!.text()).toBe(200);
  return { id: id!, content, fileName };
}

const detailOf = async (api: APIRequestContext, id: string) => (await api.get(`/api/requests/${id}`)).json();

test.beforeAll(async ({ browser }) => {
  // Eight sign-ins and three password changes on a loaded machine.
  test.setTimeout(300_000);
  admin = await apiAs(browser, accounts.admin);
  betaApprover = await apiAs(browser, accounts.betaApprover);
  const org = await admin.post("/api/admin/organizations", { data: { name: `Policy ${stamp}` } });
  expect(org.status(), await org.text()).toBe(201);
  orgId = (await org.json()).id;
  // A key, so an approved batch really goes to the sandbox.
  expect((await admin.post("/api/admin/api-keys", { data: { organizationId: orgId } })).status()).toBe(201);
  // The uploader also holds the approver role: four eyes must still refuse their own file.
  people.uploader = await person(browser, "uploader", ["UPLOADER", "APPROVER"]);
  people.first = await person(browser, "first", ["APPROVER"]);
  people.second = await person(browser, "second", ["APPROVER"]);
});

test.afterAll(async () => {
  for (const p of Object.values(people)) await p?.context.close();
});

test("above the threshold a file needs two approvers, the control total is checked, and only the last approval submits it", async () => {
  test.setTimeout(240_000);
  await setPolicy({ secondApproverAboveRows: 2, expiryDays: null, controlTotalAboveRows: 2 });
  const { id, fileName } = await upload(3);

  // The first approver's queue: the sidebar's count and the list filtered to it.
  const page = await people.first.context.newPage();
  await page.goto("/population-migration");
  const queueLink = page.getByRole("link", { name: /Awaiting my approval/ });
  // The badge shows the number; screen readers hear the sentence beside it.
  await expect(queueLink.getByTestId("awaiting-count")).toContainText("1 request awaits your approval");
  await queueLink.click();
  await expect(page).toHaveURL(/awaiting=me/);
  await expect(page.getByRole("checkbox", { name: "Awaiting my approval" })).toBeChecked();
  await expect(page.getByRole("row").filter({ hasText: fileName })).toBeVisible();
  await page.goto(`/population-migration/${id}`);

  // Control total: a wrong count is refused and nothing changes; the right one records the first approval.
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  const count = page.getByLabel("Number of records in the file");
  await count.fill("2");
  await page.getByRole("button", { name: /Yes, approve/ }).click();
  await expect(page.getByText("The number of records you typed differs from the file's. Nothing was approved.")).toBeVisible();
  expect((await detailOf(people.first.api, id)).approval.approvals).toEqual([]);
  await count.fill("3");
  await page.getByRole("button", { name: /Yes, approve/ }).click();
  await expect.poll(async () => (await detailOf(people.first.api, id)).approval.approvals.length).toBe(1);
  const afterFirst = await detailOf(people.second.api, id);
  expect(afterFirst).toMatchObject({ status: "PENDING_APPROVAL", batchId: null, approval: { required: 2, approvals: [{ name: "Policy first" }] } });
  await page.close();

  // The second approver's page shows "1 of 2 approvals" and who gave it.
  const second = await people.second.context.newPage();
  await second.goto(`/population-migration/${id}`);
  await expect(second.getByTestId("approval-progress")).toContainText("1 of 2 approvals");
  await expect(second.getByTestId("approval-progress")).toContainText("Policy first");
  await second.close();

  // Denials: the same approver twice, the uploader, another organization's approver.
  const body = { sha256: afterFirst.sha256, policyVersion: afterFirst.approval.policyVersion, controlTotal: 3 };
  const again = await people.first.api.post(`/api/requests/${id}/approve`, { data: body });
  expect(again.status()).toBe(403);
  expect((await again.json()).error.code).toBe("ALREADY_APPROVED");
  const own = await people.uploader.api.post(`/api/requests/${id}/approve`, { data: body });
  expect(own.status()).toBe(403);
  expect((await own.json()).error.code).toBe("OWN_UPLOAD");
  expect((await betaApprover.post(`/api/requests/${id}/approve`, { data: body })).status()).toBe(404);

  // A policy changed since the page loaded: refused until the approver has seen the new one.
  const version = await setPolicy({ secondApproverAboveRows: 2, expiryDays: null, controlTotalAboveRows: 2 });
  const stale = await people.second.api.post(`/api/requests/${id}/approve`, { data: body });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).error.code).toBe("POLICY_CHANGED");
  expect((await detailOf(people.second.api, id)).status).toBe("PENDING_APPROVAL");

  const last = await people.second.api.post(`/api/requests/${id}/approve`, { data: { ...body, policyVersion: version } });
  expect(last.status(), await last.text()).toBe(200);
  await expect.poll(async () => (await detailOf(people.second.api, id)).batchId, { timeout: 60_000 }).not.toBeNull();
  expect((await detailOf(people.second.api, id)).approval.approvals.map((a: { name: string }) => a.name)).toEqual(["Policy first", "Policy second"]);
});

test("an undecided request expires, cannot be approved afterwards, and its file may be uploaded again", async () => {
  test.setTimeout(300_000);
  await setPolicy({ secondApproverAboveRows: null, expiryDays: 1, controlTotalAboveRows: null });
  const { id, content } = await upload(2);
  expect((await detailOf(people.first.api, id)).approval.dueAt).not.toBeNull();

  // Due a minute after upload; upkeep runs every minute.
  await expect.poll(async () => (await detailOf(people.first.api, id)).status, { timeout: 240_000, intervals: [5_000] }).toBe("EXPIRED");
  const detail = await detailOf(people.first.api, id);
  expect(detail).toMatchObject({ approvalStatus: "Expired", actions: ["view"] });
  const late = await people.first.api.post(`/api/requests/${id}/approve`, { data: { sha256: detail.sha256 } });
  expect(late.status()).toBe(409);
  expect((await late.json()).error.code).toBe("REQUEST_EXPIRED");

  const page = await people.uploader.context.newPage();
  await page.goto(`/population-migration/${id}`);
  await expect(page.getByText("Expired", { exact: true }).first()).toBeVisible();
  await page.close();

  await setPolicy({ secondApproverAboveRows: null, expiryDays: null, controlTotalAboveRows: null });
  const again = await upload(2, content);
  expect((await detailOf(people.first.api, again.id)).status).toBe("PENDING_APPROVAL");
});

test("only administrators set a policy, and its values are checked", async () => {
  const asApprover = await people.first.api.put(`/api/admin/organizations/${orgId}/approval-policy`, { data: { secondApproverAboveRows: 1, expiryDays: null, controlTotalAboveRows: null } });
  expect(asApprover.status()).toBe(403);
  const bad = await admin.put(`/api/admin/organizations/${orgId}/approval-policy`, { data: { secondApproverAboveRows: -1, expiryDays: 0, controlTotalAboveRows: 1.5 } });
  expect(bad.status()).toBe(400);
  const audit = await (await admin.get(`/api/admin/audit?action=admin.organization.approval-policy-changed&organizationId=${orgId}`)).json();
  expect(JSON.stringify(audit)).toContain("approval-policy-changed");
});
