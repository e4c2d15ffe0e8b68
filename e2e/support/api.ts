import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { accounts, reuseSession, signInThroughForm } from "./accounts";
import { sha256 } from "./csv";

/** An API client signed in as the given user (through the same form a person uses, the first time: e2e/support/accounts.ts). */
export async function apiAs(browser: Browser, email: string, baseURL?: string): Promise<APIRequestContext> {
  const context = await browser.newContext(baseURL ? { baseURL } : {});
  if ((await reuseSession(context, email, baseURL)) && (await context.request.get("/api/me")).status() === 200) return context.request;
  const page = await context.newPage();
  await signInThroughForm(page, email, baseURL);
  await page.close();
  return context.request;
}

/** The browser's three upload steps: declare, send the bytes with tus, ask the server to verify. */
export async function uploadCsv(api: APIRequestContext, fileName: string, content: string, declaredSha = sha256(content)) {
  const bytes = Buffer.from(content);
  const created = await api.post("/api/requests", { data: { fileName, fileSize: bytes.length, sha256: declaredSha } });
  if (created.status() !== 201) return { created, id: null as string | null, complete: null };
  const { id } = await created.json();
  const start = await api.post("/api/uploads", {
    headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(bytes.length), "Upload-Metadata": `requestId ${Buffer.from(id).toString("base64")},filename ${Buffer.from(fileName).toString("base64")}` },
  });
  expect(start.status(), await start.text()).toBe(201);
  const patch = await api.patch(new URL(start.headers().location!, "http://x").pathname, {
    headers: { "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream" },
    data: bytes,
  });
  expect(patch.status(), await patch.text()).toBe(204);
  const complete = await api.post(`/api/requests/${id}/complete`);
  return { created, id: id as string, complete };
}

/** A file of Alpha Bank uploaded, approved and processed to the end by the sandbox: its request id. */
export async function completedBatch(browser: Browser, fileName: string, content: string): Promise<string> {
  const uploader = await apiAs(browser, accounts.alphaUploader);
  const { id, complete } = await uploadCsv(uploader, fileName, content);
  expect(complete?.status()).toBe(200);
  const approver = await apiAs(browser, accounts.alphaApprover);
  expect((await approver.post(`/api/requests/${id}/approve`, { data: { sha256: sha256(content) } })).status()).toBe(200);
  await expect
    .poll(async () => (await (await approver.get(`/api/requests/${id}/batch/status`)).json()).status, { timeout: 90_000 })
    .toBe("completed");
  return id!;
}
