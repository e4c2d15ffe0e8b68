import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, test as base, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";
import { accounts, signIn, signInAs } from "./support/accounts";
import { SANDBOX_URL } from "./support/sandbox-url";

type SessionState = Awaited<ReturnType<BrowserContext["storageState"]>>;

// The portal trusts no proxy here (TRUSTED_PROXIES is empty): the audit log records the socket's
// peer, whatever X-Forwarded-For this file's browsers claim.
const FORGED_ADDRESS = "198.51.100.23";
const LOOPBACK = /(127\.0\.0\.1|::1)/;

// The administrator signs in once per worker and every test reuses the session.
const test = base.extend<{ adminPage: Page }, { adminState: SessionState }>({
  adminState: [
    async ({ browser }, provide) => {
      const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": FORGED_ADDRESS } });
      await signInAs(await context.newPage(), accounts.admin);
      const state = await context.storageState();
      await context.close();
      await provide(state);
    },
    { scope: "worker" },
  ],
  adminPage: async ({ browser, adminState }, provide) => {
    const context = await browser.newContext({ storageState: adminState });
    await provide(await context.newPage());
    await context.close();
  },
});

test.use({ extraHTTPHeaders: { "x-forwarded-for": FORGED_ADDRESS } });

// The e2e database is shared by every spec file of a run: everything here is named uniquely.
const stamp = Date.now();
const orgName = `E2E Org ${stamp}`;
const uploader = `uploader-${stamp}@e2e.example`;
const approver = `approver-${stamp}@e2e.example`;
const ONE_TIME = "OneTime-Passw0rd-1";
const OWN = "MyOwn-Passw0rd-2";

/** The sandbox answers an authenticated caller 404 for an unknown batch, and 401 otherwise. */
async function sandboxAnswer(request: APIRequestContext, key: string) {
  const response = await request.get(`${SANDBOX_URL}/digitization/v1/batch/${randomUUID()}/status`, { headers: { "x-transaction-key": key } });
  return { status: response.status(), body: await response.json() };
}
const AUTHENTICATED = { status: 404, body: { code: "0701020100", message: "Batch not found", parameter: "" } };
const REFUSED = { status: 401, body: { code: "0000000200", message: "Invalid Authorization", parameter: "" } };

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** The page's own alerts (Next's route announcer is an alert too, outside main). */
const alertOf = (page: Page) => page.getByRole("main").getByRole("alert");

async function createUser(page: Page, email: string, role: "Uploader" | "Approver") {
  await field(page, "Email").fill(email);
  await field(page, "Full name").fill(`${role} ${stamp}`);
  await field(page, "Organization").selectOption({ label: orgName });
  await field(page, role).check();
  await field(page, "One-time password").fill(ONE_TIME);
  await page.getByRole("button", { name: "Create user" }).click();
}

/** First sign-in with a one-time password: forced to the password page, then signed out to sign in again. */
async function replaceOneTimePassword(page: Page, email: string) {
  await signIn(page, email, ONE_TIME);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(0);
  await field(page, "One-time password").fill(ONE_TIME);
  await field(page, "New password").fill("weakpassword");
  await field(page, "Confirm new password").fill("weakpassword");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(alertOf(page)).toContainText("Use upper-case and lower-case letters and at least one digit.");
  await field(page, "New password").fill(OWN);
  await field(page, "Confirm new password").fill(OWN);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Sign in again with your new password");
  await page.getByRole("button", { name: "Sign in again" }).click();
  await expect(page).toHaveURL(/\/login/);
  await signIn(page, email, OWN);
  await expect(page).toHaveURL(/\/population-migration$/);
}

function keyRow(page: Page, key: string) {
  return page.getByRole("row").filter({ hasText: `${key.slice(0, 12)}…${key.slice(-4)}` });
}

test.describe.serial("administration journey", () => {
  let key = "";
  let rotatedKey = "";

  test("the admin creates an organization; a duplicate name and a bad base URL are refused in the form", async ({ adminPage: page }) => {
    await page.goto("/population-migration");
    await page.getByRole("link", { name: "Organizations" }).click();
    await field(page, "Organization name").fill(orgName);
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(page.getByRole("status")).toHaveText(`Organization "${orgName}" created.`);
    await expect(page.getByRole("cell", { name: orgName, exact: true })).toBeVisible();

    await field(page, "Organization name").fill(orgName.toUpperCase());
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(alertOf(page)).toHaveText(`An organization named "${orgName}" already exists. Choose another name.`);

    await field(page, "Organization name").fill(`${orgName} other`);
    await field(page, "Digitization API base URL").fill("ftp://files.example");
    await page.getByRole("button", { name: "Create organization" }).click();
    await expect(alertOf(page)).toContainText("Enter an http:// or https:// address");
    await expect(field(page, "Digitization API base URL")).toHaveAttribute("aria-invalid", "true");
  });

  test("the admin creates an uploader and an approver with one-time passwords; duplicates and bad emails are refused", async ({ adminPage: page }) => {
    await page.goto("/admin/users");
    await createUser(page, uploader, "Uploader");
    await expect(page.getByRole("status")).toContainText(`User ${uploader} created.`);
    await createUser(page, approver, "Approver");
    await expect(page.getByRole("status")).toContainText(`User ${approver} created.`);

    await createUser(page, uploader.toUpperCase(), "Uploader");
    await expect(alertOf(page)).toHaveText(`A user with the email ${uploader} already exists.`);
    await createUser(page, "not-an-email", "Uploader");
    await expect(alertOf(page)).toContainText("Enter a valid email address.");

    await field(page, "Search email or name").fill(`-${stamp}@e2e.example`);
    await expect(page.getByTestId(`user-${uploader}`)).toContainText("Must change password");
    await expect(page.getByTestId(`user-${approver}`)).toContainText("Approver");
  });

  test("the admin generates the organization's key, shown once in full; it authenticates against the sandbox", async ({ adminPage: page }) => {
    await page.goto("/admin/api-keys");
    // With "All organizations" there is no key to generate.
    await expect(page.getByRole("button", { name: "Generate key" })).toHaveCount(0);
    await expect(page.getByTestId("choose-org-to-generate")).toBeVisible();
    await field(page, "Organization").selectOption({ label: orgName });
    await page.getByRole("button", { name: "Generate key" }).click();
    key = await field(page, "x-transaction-key").inputValue();
    expect(key).toMatch(/^pmk_live_[A-Za-z0-9_-]{43}$/);
    await page.getByRole("button", { name: "Copy key" }).click();
    await expect(page.getByRole("status").filter({ hasText: /Cop/ })).toBeVisible();
    await expect(keyRow(page, key)).toContainText("Active");

    await page.getByRole("button", { name: "I have stored it" }).click();
    await expect(field(page, "x-transaction-key")).toHaveCount(0);
    await page.reload();
    await expect(keyRow(page, key)).toBeVisible();
    expect(await page.content()).not.toContain(key);
    const listed = await page.request.get("/api/admin/api-keys");
    expect(await listed.text()).not.toContain(key.slice(12, -4));

    expect(await sandboxAnswer(page.request, key)).toEqual(AUTHENTICATED);
  });

  test("the new uploader must replace the one-time password, then works on Population Migration", async ({ page }) => {
    await replaceOneTimePassword(page, uploader);
    await expect(page.getByRole("heading", { name: "Population Migration Requests" })).toBeVisible();
    await expect(page.getByText(`${orgName} · uploader`)).toBeVisible();
  });

  test("the new approver must replace the one-time password, then sees the key read-only (prefix and last four)", async ({ page }) => {
    await replaceOneTimePassword(page, approver);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "API Keys" }).click();
    await expect(page.getByRole("heading", { name: "API Keys" })).toBeVisible();
    await expect(keyRow(page, key)).toContainText("Active");
    await expect(page.getByRole("button", { name: /Rotate|Revoke|Generate/ })).toHaveCount(0);
    expect(await page.content()).not.toContain(key);

    // Another organization's id in the query is ignored: the session's organization wins.
    const alphaKeys = await page.request.get(`/api/account/api-keys?organizationId=${randomUUID()}`);
    const body = await alphaKeys.json();
    expect(body.keys.map((k: { organizationName: string }) => k.organizationName)).toEqual([orgName]);
    expect(JSON.stringify(body)).not.toContain(key.slice(12, -4));
  });

  test("rotation: the old key works during its grace period, the new one at once", async ({ adminPage: page }) => {
    await page.goto("/admin/api-keys");
    await field(page, "Organization").selectOption({ label: orgName });
    const row = keyRow(page, key);
    await row.getByRole("button", { name: "Rotate" }).click();
    await row.getByRole("button", { name: /^Rotate pmk_live_/ }).click();
    rotatedKey = await field(page, "x-transaction-key").inputValue();
    expect(rotatedKey).not.toBe(key);
    await expect(page.getByText("The previous key keeps working until")).toBeVisible();
    await expect(keyRow(page, key)).toContainText("Rotated");
    await expect(keyRow(page, rotatedKey)).toContainText("Active");
    expect(await sandboxAnswer(page.request, key)).toEqual(AUTHENTICATED);
    expect(await sandboxAnswer(page.request, rotatedKey)).toEqual(AUTHENTICATED);
  });

  test("suspension ends the organization's sessions and sign-ins and stops its keys; reactivation restores them", async ({ adminPage: page, browser }) => {
    const userContext = await browser.newContext();
    const userPage = await userContext.newPage();
    await signIn(userPage, uploader, OWN);
    await expect(userPage).toHaveURL(/\/population-migration$/);

    await page.goto("/admin/organizations");
    const row = page.getByRole("row").filter({ hasText: orgName });
    await row.getByRole("button", { name: "Suspend" }).click();
    await row.getByRole("button", { name: `Suspend ${orgName}` }).click();
    await expect(row).toContainText("Suspended");
    expect(await sandboxAnswer(page.request, rotatedKey)).toEqual(REFUSED);
    expect(await sandboxAnswer(page.request, key)).toEqual(REFUSED);

    await userPage.goto("/population-migration");
    await expect(userPage).toHaveURL(/\/login/);
    await signIn(userPage, uploader, OWN);
    await expect(alertOf(userPage)).toContainText("Sign-in failed");

    await row.getByRole("button", { name: "Reactivate" }).click();
    await expect(row.getByRole("button", { name: "Suspend" })).toBeVisible();
    expect(await sandboxAnswer(page.request, rotatedKey)).toEqual(AUTHENTICATED);
    expect(await sandboxAnswer(page.request, key)).toEqual(AUTHENTICATED);
    await signIn(userPage, uploader, OWN);
    await expect(userPage).toHaveURL(/\/population-migration$/);
    await userContext.close();
  });

  test("revocation stops a key at once: the sandbox answers 401", async ({ adminPage: page }) => {
    await page.goto("/admin/api-keys");
    await field(page, "Organization").selectOption({ label: orgName });
    for (const k of [rotatedKey, key]) {
      const row = keyRow(page, k);
      await row.getByRole("button", { name: "Revoke" }).click();
      await row.getByRole("button", { name: /^Revoke pmk_live_/ }).click();
      await expect(row).toContainText("Revoked");
      expect(await sandboxAnswer(page.request, k)).toEqual(REFUSED);
    }
  });

  test("every step shows in the audit log, the export is a CSV, and the chain verifies intact", async ({ adminPage: page }) => {
    await page.goto("/admin/audit");
    await page.getByLabel("Rows per page").selectOption("100");
    await field(page, "Organization").selectOption({ label: orgName });
    await page.getByRole("button", { name: "Apply filters" }).click();
    const rows = page.getByTestId("audit-row");
    for (const action of [
      "admin.organization.created", "admin.user.created", "api-key.generated", "auth.sign-in", "account.password-changed",
      "api-key.rotated", "admin.organization.suspended", "admin.organization.reactivated", "api-key.revoked",
    ]) {
      await expect(rows.filter({ hasText: action }).first(), action).toBeVisible();
    }
    await expect(rows.filter({ hasText: "auth.sign-in" }).filter({ hasText: "denied" }).first()).toBeVisible();
    await expect(rows.filter({ hasText: "auth.sign-in" }).first()).toContainText(LOOPBACK);
    await expect(rows.filter({ hasText: FORGED_ADDRESS })).toHaveCount(0);

    await field(page, "Action").fill("api-key.");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(rows).toHaveCount(4);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    const csv = await readFile((await (await download).path())!, "utf8");
    expect(csv.split("\r\n")[0]).toBe("\uFEFFid,time_utc,actor_email,actor_id,organization_id,organization,action,outcome,target_type,target_id,source_address,request_id,details");
    expect(csv.match(/api-key\./g)?.length).toBe(4);

    await page.getByRole("button", { name: "Clear" }).click();
    await field(page, "Action").fill("audit.exported");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(rows.first()).toContainText(accounts.admin);

    await page.getByRole("button", { name: "Verify chain" }).click();
    await expect(page.getByTestId("chain-status")).toHaveText(/^Chain intact \([\d,]+ entries\)$/);
  });
});

test.describe("administrative refusals", () => {
  const pages = ["/admin", "/admin/organizations", "/admin/users", "/admin/api-keys", "/admin/audit", "/admin/failed-jobs"];
  const routes: [method: "get" | "post" | "patch" | "put", path: string, body?: object][] = [
    ["get", "/api/admin/organizations"],
    ["post", "/api/admin/organizations", { name: `Sneaky ${stamp}` }],
    ["patch", `/api/admin/organizations/${randomUUID()}`, { name: "Renamed" }],
    ["post", `/api/admin/organizations/${randomUUID()}/suspend`],
    ["post", `/api/admin/organizations/${randomUUID()}/reactivate`],
    ["get", "/api/admin/users"],
    ["post", "/api/admin/users", { email: `sneaky-${stamp}@e2e.example`, name: "S", organizationId: null, roles: ["ADMIN"], password: ONE_TIME }],
    ["put", `/api/admin/users/${randomUUID()}/roles`, { roles: ["ADMIN"] }],
    ["post", `/api/admin/users/${randomUUID()}/disable`],
    ["post", `/api/admin/users/${randomUUID()}/enable`],
    ["post", `/api/admin/users/${randomUUID()}/password`, { password: ONE_TIME }],
    ["get", "/api/admin/api-keys"],
    ["post", "/api/admin/api-keys", { organizationId: randomUUID() }],
    ["post", `/api/admin/api-keys/${randomUUID()}/rotate`],
    ["post", `/api/admin/api-keys/${randomUUID()}/revoke`],
    ["get", "/api/admin/audit"],
    ["get", "/api/admin/audit/export"],
    ["post", "/api/admin/audit/verify"],
    ["get", "/api/admin/failed-jobs"],
  ];

  for (const email of [accounts.alphaUploader, accounts.alphaApprover]) {
    test(`${email} gets 403 on every admin page and admin API route, and each refusal is audited`, async ({ page, browser, adminState }) => {
      await signInAs(page, email);
      for (const path of pages) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { name: "Access denied" })).toBeVisible();
      }
      for (const [method, path, body] of routes) {
        const response = await page.request[method](path, body ? { data: body } : {});
        expect(response.status(), `${method} ${path}`).toBe(403);
        expect(await response.json(), `${method} ${path}`).toMatchObject({ error: { code: "FORBIDDEN" } });
      }
      const admin = await browser.newContext({ storageState: adminState });
      const adminPage = await admin.newPage();
      const denied = await (await adminPage.request.get(`/api/admin/audit?action=access.denied&actor=${encodeURIComponent(email)}&pageSize=100`)).json();
      const paths = denied.events.map((e: { details: { path?: string; permission: string } }) => e.details.path ?? e.details.permission);
      for (const [, path] of routes) expect(paths, path).toContain(path);
      await admin.close();
    });
  }

  test("the uploader cannot open the approvers' key view", async ({ page }) => {
    await signInAs(page, accounts.alphaUploader);
    expect((await page.goto("/account/api-keys"))?.status()).toBe(403);
    expect((await page.request.get("/api/account/api-keys")).status()).toBe(403);
  });

  test("the admin cannot disable themselves or change their own roles; the refusals are audited", async ({ adminPage: page }) => {
    const me = await (await page.request.get("/api/me")).json();
    await page.goto("/admin/users");
    await field(page, "Search email or name").fill(accounts.admin);
    const own = page.getByTestId(`user-${accounts.admin}`);
    await expect(own).toContainText("(you)");
    await expect(own.getByRole("button", { name: /Disable|Roles/ })).toHaveCount(0);

    const disable = await page.request.post(`/api/admin/users/${me.id}/disable`);
    expect(disable.status()).toBe(403);
    expect((await disable.json()).error.message).toBe("You cannot disable your own account. Ask another administrator.");
    const roles = await page.request.put(`/api/admin/users/${me.id}/roles`, { data: { roles: ["ADMIN"] } });
    expect(roles.status()).toBe(403);

    const audit = await (await page.request.get(`/api/admin/audit?action=admin.user.disabled&outcome=DENIED&actor=${encodeURIComponent(accounts.admin)}`)).json();
    expect(audit.events[0]).toMatchObject({ targetId: me.id, outcome: "DENIED" });
  });

  test("the audit log offers no way to edit or delete an entry", async ({ adminPage: page }) => {
    for (const method of ["put", "patch", "delete"] as const) {
      expect((await page.request[method]("/api/admin/audit")).status(), method).toBe(405);
    }
  });
});
