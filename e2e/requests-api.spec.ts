import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts } from "./support/accounts";
import { apiAs, uploadCsv } from "./support/api";
import { csvOf, goodRow, sha256 } from "./support/csv";

// The requests API as the browser uses it, and every refusal around it.
let alphaUploader: APIRequestContext, alphaApprover: APIRequestContext, betaUploader: APIRequestContext, betaApprover: APIRequestContext, admin: APIRequestContext;

test.beforeAll(async ({ browser }) => {
  alphaUploader = await apiAs(browser, accounts.alphaUploader);
  alphaApprover = await apiAs(browser, accounts.alphaApprover);
  betaUploader = await apiAs(browser, accounts.betaUploader);
  betaApprover = await apiAs(browser, accounts.betaApprover);
  admin = await apiAs(browser, accounts.admin);
});

async function pendingRequest(rows = 3) {
  const content = csvOf(Array.from({ length: rows }, () => goodRow()));
  const { id, complete } = await uploadCsv(alphaUploader, `customers-${Date.now()}.csv`, content);
  expect(complete!.status(), await complete!.text()).toBe(200);
  return { id: id!, sha: sha256(content), content };
}

test("a verified upload waits for approval with no batch yet", async () => {
  const { id, sha } = await pendingRequest(4);
  const detail = await (await alphaUploader.get(`/api/requests/${id}`)).json();
  expect(detail).toMatchObject({ status: "PENDING_APPROVAL", fileStatus: "Uploaded", approvalStatus: "Pending Approval", batchId: null, rowCount: 4, sha256: sha });
  expect(detail.actions).not.toContain("approve");
  const list = await (await alphaUploader.get("/api/requests?pageSize=100")).json();
  expect(list.rows.map((r: { id: string }) => r.id)).toContain(id);
});

test("bytes that differ from the browser's SHA-256 are refused and nothing is kept", async () => {
  const content = csvOf([goodRow()]);
  const { id, complete } = await uploadCsv(alphaUploader, "tampered.csv", content, sha256(`${content}x`));
  expect(complete!.status()).toBe(422);
  expect((await complete!.json()).error.code).toBe("INTEGRITY_MISMATCH");
  // The request stays, as a failed upload with no file (lib/requests/request-lifecycle.ts).
  const detail = await (await alphaUploader.get(`/api/requests/${id}`)).json();
  expect(detail).toMatchObject({ status: "UPLOAD_FAILED", fileStatus: "Failed", approvalStatus: null, actions: ["view"] });
});

test("the server re-validates: a file with a bad Emirates ID is refused even if the browser is bypassed", async () => {
  const { complete } = await uploadCsv(alphaUploader, "bad-eid.csv", csvOf([goodRow({ eid_number: "784199012345670" })]));
  expect(complete!.status()).toBe(422);
  const body = await complete!.json();
  expect(body.error.code).toBe("VERIFICATION_FAILED");
  expect(body.error.details.firstIssues[0]).toMatchObject({ row: 2, column: "eid_number" });
});

test("the same file already pending is flagged and refused", async () => {
  const { sha, content } = await pendingRequest();
  const flagged = await (await alphaUploader.get(`/api/requests/duplicates?sha256=${sha}`)).json();
  expect(flagged.duplicates).toHaveLength(1);
  const again = await alphaUploader.post("/api/requests", { data: { fileName: "again.csv", fileSize: Buffer.byteLength(content), sha256: sha } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error.code).toBe("DUPLICATE_FILE");
});

test.describe("refusals", () => {
  test("an uploader cannot approve or reject", async () => {
    const { id, sha } = await pendingRequest();
    expect((await alphaUploader.post(`/api/requests/${id}/approve`, { data: { sha256: sha } })).status()).toBe(403);
    expect((await alphaUploader.post(`/api/requests/${id}/reject`, { data: { reason: "not allowed" } })).status()).toBe(403);
  });

  test("another organization's request is a 404 by every path, like a missing one", async () => {
    const { id, sha } = await pendingRequest();
    const missing = "00000000-0000-4000-8000-000000000000";
    for (const path of [`/api/requests/${id}`, `/api/requests/${id}/sample`]) {
      const response = await betaApprover.get(path);
      expect(response.status()).toBe(404);
      expect((await response.json()).error).toEqual((await (await betaApprover.get(path.replace(id, missing))).json()).error);
    }
    expect((await betaApprover.post(`/api/requests/${id}/approve`, { data: { sha256: sha } })).status()).toBe(404);
    expect((await betaApprover.post(`/api/requests/${id}/reject`, { data: { reason: "cross tenant" } })).status()).toBe(404);
    expect((await betaUploader.post(`/api/requests/${id}/complete`)).status()).toBe(404);
    const list = await (await betaUploader.get(`/api/requests?pageSize=100&organizationId=${(await (await alphaUploader.get(`/api/requests/${id}`)).json()).organizationId}`)).json();
    expect(list.rows.map((r: { id: string }) => r.id)).not.toContain(id);
    expect((await alphaUploader.get(`/api/requests/${id}`)).status()).toBe(200);
  });

  test("another organization cannot send bytes into a request", async () => {
    const content = csvOf([goodRow()]);
    const created = await alphaUploader.post("/api/requests", { data: { fileName: "mine.csv", fileSize: content.length, sha256: sha256(content) } });
    const { id } = await created.json();
    const hijack = await betaUploader.post("/api/uploads", {
      headers: { "Tus-Resumable": "1.0.0", "Upload-Length": String(content.length), "Upload-Metadata": `requestId ${Buffer.from(id).toString("base64")}` },
    });
    expect(hijack.status()).toBe(404);
  });

  test("an approval is bound to the SHA-256 the approver saw, and a rejection needs a reason", async () => {
    const { id } = await pendingRequest();
    const wrong = await alphaApprover.post(`/api/requests/${id}/approve`, { data: { sha256: "0".repeat(64) } });
    expect(wrong.status()).toBe(409);
    expect((await wrong.json()).error.code).toBe("DIGEST_CHANGED");
    expect((await alphaApprover.post(`/api/requests/${id}/reject`, { data: { reason: "" } })).status()).toBe(400);
    expect((await (await alphaApprover.get(`/api/requests/${id}`)).json()).status).toBe("PENDING_APPROVAL");
  });

  test("the admin sees every organization's requests but cannot approve", async () => {
    const { id, sha } = await pendingRequest();
    const list = await (await admin.get("/api/requests?pageSize=100")).json();
    expect(list.rows.find((r: { id: string }) => r.id === id)).toMatchObject({ organizationName: "Alpha Bank" });
    expect((await admin.post(`/api/requests/${id}/approve`, { data: { sha256: sha } })).status()).toBe(403);
  });
});

test("ten approvers clicking at once produce one approval and one batch", async () => {
  const { id, sha } = await pendingRequest(5);
  const answers = await Promise.all(Array.from({ length: 10 }, () => alphaApprover.post(`/api/requests/${id}/approve`, { data: { sha256: sha } })));
  const statuses = answers.map((a) => a.status()).sort();
  expect(statuses.filter((s) => s === 200)).toHaveLength(1);
  expect(statuses.filter((s) => s === 409)).toHaveLength(9);

  await expect.poll(async () => (await (await alphaApprover.get(`/api/requests/${id}`)).json()).batchId, { timeout: 30_000 }).toMatch(/^[0-9a-f-]{36}$/);
  const detail = await (await alphaApprover.get(`/api/requests/${id}`)).json();
  expect(detail).toMatchObject({ status: "SUBMITTED", approvalStatus: "Approved", decidedBy: { email: accounts.alphaApprover } });
  const rejectAfter = await alphaApprover.post(`/api/requests/${id}/reject`, { data: { reason: "too late now" } });
  expect(rejectAfter.status()).toBe(409);
});

test("a rejection records the reason and the request can no longer be approved", async () => {
  const { id, sha } = await pendingRequest();
  const rejected = await alphaApprover.post(`/api/requests/${id}/reject`, { data: { reason: "Wrong branch's customers" } });
  expect(rejected.status()).toBe(200);
  expect(await rejected.json()).toMatchObject({ status: "REJECTED", approvalStatus: "Rejected", rejectionReason: "Wrong branch's customers" });
  expect((await alphaApprover.post(`/api/requests/${id}/approve`, { data: { sha256: sha } })).status()).toBe(409);
});
