import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts, signInAs, signInThroughForm } from "./support/accounts";
import { apiAs, uploadCsv } from "./support/api";
import { csvOf, goodRow } from "./support/csv";

// Findings of the outside attack (issue #11) that live at the edge of the portal: who the
// client is, what a page may run, how long a session lives, how much a body may weigh, and
// what a platform administrator may see. Each test fails on the code before its fix.

async function signInByApi(request: APIRequestContext, email: string, password: string, headers: Record<string, string> = {}) {
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  return request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken, json: "true" }, headers, maxRedirects: 0 });
}

test("pages run only scripts that carry this response's nonce", async ({ request, page }) => {
  const first = await request.get("/login");
  const policy = first.headers()["content-security-policy"]!;
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src"))!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(scriptSrc)?.[1];
  expect(nonce).toBeTruthy();
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  const second = (await request.get("/login")).headers()["content-security-policy"]!;
  expect(second).not.toContain(nonce!);

  // The portal still works under the policy: nothing of its own is refused.
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await signInAs(page, accounts.alphaUploader);
  await page.getByRole("button", { name: "Upload File" }).first().click();
  await expect(page.getByRole("dialog", { name: "Upload File" })).toBeVisible();
  expect(refused).toEqual([]);
});

test("a forged X-Forwarded-For neither hides the caller nor reaches the audit log", async ({ playwright, browser }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const email = "xff-probe@alpha.example";
  for (const forged of ["=1+1", "203.0.113.99", "10.0.0.1, 198.51.100.7"]) {
    await signInByApi(anonymous, email, "wrong-password", { "x-forwarded-for": forged, "x-real-ip": forged });
  }
  const admin = await apiAs(browser, accounts.admin);
  const { events: rows } = await (await admin.get(`/api/admin/audit?actor=${encodeURIComponent(email)}&pageSize=25`)).json();
  expect(rows.length).toBeGreaterThanOrEqual(3);
  for (const row of rows) expect(["127.0.0.1", "::1"]).toContain(row.sourceIp);
  await anonymous.dispose();
});

test("signing out ends the session on the server: a copied token stops working", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // Through the form: this test's own session, not one other tests reuse (signing out ends them all).
  await signInThroughForm(page, accounts.betaUploader);
  const stolen = await context.cookies();
  const thief = await browser.newContext();
  await thief.addCookies(stolen);
  expect((await thief.request.get("/api/me")).status()).toBe(200);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  expect((await thief.request.get("/api/me")).status()).toBe(401);
  await context.close();
  await thief.close();
});

test("bodies over the limit are refused with 413 before they are read", async ({ request, browser }) => {
  const big = "x".repeat(2 * 1024 * 1024);
  const signIn = await request.post("/api/auth/callback/credentials", { headers: { "content-type": "application/x-www-form-urlencoded" }, data: `email=a&password=${big}` });
  expect(signIn.status()).toBe(413);
  const uploader = await apiAs(browser, accounts.alphaUploader);
  const declare = await uploader.post("/api/requests", { headers: { "content-type": "application/json" }, data: JSON.stringify({ fileName: big }) });
  expect(declare.status()).toBe(413);
  expect((await declare.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
});

test("a request id is echoed only when it is a plain token", async ({ request }) => {
  const unsafe = await request.get("/api/me", { headers: { "x-request-id": "=1+1<script>" } });
  expect(unsafe.headers()["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
  const safe = await request.get("/api/me", { headers: { "x-request-id": "support-case.42" } });
  expect(safe.headers()["x-request-id"]).toBe("support-case.42");
});

test("malformed ids answer 404, never 500", async ({ browser }) => {
  const approver = await apiAs(browser, accounts.alphaApprover);
  const uploader = await apiAs(browser, accounts.alphaUploader);
  for (const bad of ["not-a-uuid", "1%27%20OR%201%3D1", "00000000-0000-0000-0000-00000000000g"]) {
    expect((await approver.post(`/api/requests/${bad}/approve`, { data: { sha256: "a".repeat(64) } })).status()).toBe(404);
    expect((await approver.post(`/api/requests/${bad}/reject`, { data: { reason: "malformed id" } })).status()).toBe(404);
    expect((await approver.post(`/api/requests/${bad}/retry-submission`)).status()).toBe(404);
    expect((await uploader.post(`/api/requests/${bad}/complete`)).status()).toBe(404);
  }
});

test("a platform administrator sees requests' metadata and counts, never customers' rows", async ({ browser }) => {
  const uploader = await apiAs(browser, accounts.alphaUploader);
  const { id } = await uploadCsv(uploader, "admin-boundary.csv", csvOf([goodRow(), goodRow()]));
  const admin = await apiAs(browser, accounts.admin);
  expect((await admin.get(`/api/requests/${id}`)).status()).toBe(200);
  for (const path of ["sample", "batch/records", "batch/errored", "batch/errored.csv"]) {
    const response = await admin.get(`/api/requests/${id}/${path}`);
    expect(response.status(), path).toBe(403);
  }
  for (const path of ["batch/customer", "batch/customer/reveal"]) {
    expect((await admin.post(`/api/requests/${id}/${path}`, { data: { customerId: "C-1", reason: "looking around" } })).status(), path).toBe(403);
  }
  // Bank staff keep what their work needs: the approver reviews the masked sample.
  const approver = await apiAs(browser, accounts.alphaApprover);
  expect((await approver.get(`/api/requests/${id}/sample`)).status()).toBe(200);
  expect((await approver.get(`/api/requests/${id}/batch/errored.csv`)).status()).toBe(403);
});
