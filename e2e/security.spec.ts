import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { accounts, signInAs } from "./support/accounts";
import { apiAs } from "./support/api";

const KEYS = /sandbox_(alpha|beta)_[0-9a-f]{16}|pmk_live_[A-Za-z0-9_-]{20,}/;

test("every page carries the security headers", async ({ request }) => {
  for (const path of ["/login", "/population-migration"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("a state-changing call from another origin is refused (CSRF)", async ({ browser }) => {
  const api = await apiAs(browser, accounts.alphaUploader);
  const body = { fileName: "x.csv", fileSize: 10, sha256: "a".repeat(64) };
  const forged = await api.post("/api/requests", { data: body, headers: { origin: "https://evil.example" } });
  expect(forged.status()).toBe(403);
  const crossSite = await api.post("/api/requests", { data: body, headers: { "sec-fetch-site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
});

test("no API key in any page, RSC payload, error page or JavaScript bundle", async ({ browser }) => {
  for (const email of [accounts.admin, accounts.alphaApprover]) {
    const page = await (await browser.newContext()).newPage();
    await signInAs(page, email);
    const bodies: string[] = [];
    page.on("response", async (r) => { if (r.url().startsWith("http://localhost")) bodies.push(await r.text().catch(() => "")); });
    for (const path of ["/population-migration", "/admin/organizations", "/admin/api-keys", "/admin/audit", "/population-migration/00000000-0000-4000-8000-000000000000", "/no-such-page"]) {
      await page.goto(path);
      bodies.push(await page.content());
      const rsc = await page.request.get(path, { headers: { rsc: "1" } });
      bodies.push(await rsc.text());
    }
    for (const body of bodies) expect(body).not.toMatch(KEYS);
  }
  const staticDir = ".next/static";
  const files = (await readdir(staticDir, { recursive: true })).filter((f) => f.endsWith(".js"));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) expect(await readFile(path.join(staticDir, file), "utf8"), file).not.toMatch(KEYS);
});

test("API responses with personal data are never cached", async ({ browser }) => {
  const api = await apiAs(browser, accounts.alphaApprover);
  for (const path of ["/api/requests", "/api/me"]) {
    expect((await api.get(path)).headers()["cache-control"], path).toBe("no-store");
  }
});
