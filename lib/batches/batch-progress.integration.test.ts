import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getErrorSummary } from "@/app/api/requests/[requestId]/batch/error-summary/route";
import { GET as getStatus } from "@/app/api/requests/[requestId]/batch/status/route";
import { hashApiKey } from "@/lib/api-keys/key-material";
import type { Actor } from "@/lib/auth/current-actor";
import { permissionsOf } from "@/lib/auth/permissions";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { seal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { allowTestHost } from "@/test/allow-test-host";
import { resetCircuits } from "@/lib/digitization/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import type { BatchStatusDto, ErrorSummaryDto } from "./contracts";
import { refreshBatchStatusJob } from "./jobs/refresh-batch-status-job";
import { recordBatchProgress } from "./record-batch-progress";

const signedIn = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-actor", () => ({ getActor: async () => signedIn.actor }));

/**
 * A stand-in Digitization API that counts status calls and answers what the test scripts:
 * the guide dialect (no started/completed times) unless the status body says otherwise.
 */
async function startCountingApi() {
  const counts = { status: 0, errored: 0 };
  let statusBody: unknown = null;
  const erroredPages = [
    { data: { batch_id: null, page_no: 1, has_next: true, items: [erroredItem(["RESIDENT_NOT_FOUND"]), erroredItem(["EXPIRED_EID", "RESIDENT_NOT_FOUND"])] }, success: true },
    { data: { batch_id: null, page_no: 2, has_next: false, items: [erroredItem(["EXPIRED_EID"])] }, success: true },
  ];
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    res.setHeader("content-type", "application/json");
    if (url.pathname.endsWith("/status")) {
      counts.status += 1;
      return res.end(JSON.stringify(statusBody));
    }
    if (url.pathname.endsWith("/errored")) {
      counts.errored += 1;
      return res.end(JSON.stringify(erroredPages[Number(url.searchParams.get("page_no")) - 1]));
    }
    res.statusCode = 404;
    res.end("{}");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const disallow = allowTestHost(baseUrl);
  return {
    baseUrl,
    counts,
    answer: (body: unknown) => void (statusBody = body),
    close: () => new Promise<void>((resolve) => { disallow(); server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function erroredItem(codes: string[]) {
  return {
    status: "failure",
    errors: { business_error: codes.map((code) => ({ error: code, message: `${code} message`, step: "CHECK" })) },
    input_data: { customer_id: "C1", eid_number: "784198012345671", name_on_eid: "Test Person", dob: "01/01/1980", eid_issue_date: "01/01/2020", eid_expiry_date: "01/01/2030", onboarding_date: "01/01/2021", consent_version: "v1" },
  };
}

const guide = (status: string, processed: number, errored: number) => ({
  data: { status, total_records: 10, processed_records: processed, errored_records: errored, created_at: "2026-01-01T10:00:00Z", updated_at: "2026-01-01T10:05:00Z" },
  message: "Batch status fetched successfully",
  success: true,
});

/** A submitted request of a new organization whose Digitization API is `baseUrl`, and one of its uploaders. */
async function submittedRequest(baseUrl: string) {
  const prisma = await db();
  const { encryptionKey } = await loadSecrets(getEnv());
  const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}`, digitizationBaseUrl: baseUrl } });
  const key = `test_${randomUUID().replace(/-/g, "")}`;
  await prisma.apiKey.create({ data: { organizationId: org.id, prefix: "test_", last4: key.slice(-4), keyHash: hashApiKey(key), keyCiphertext: seal(key, encryptionKey) } });
  const email = `${randomUUID()}@x.example`;
  const user = await prisma.user.create({ data: { email, name: "U", roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
  const request = await prisma.migrationRequest.create({
    data: {
      organizationId: org.id, uploadedById: user.id, fileName: "f.csv", fileSize: 10n, sha256: randomUUID(), status: "SUBMITTED",
      batchId: randomUUID(), batchStatus: "pending", submittedAt: new Date(),
    },
  });
  const actor: Actor = { id: user.id, email, name: "U", roles: ["UPLOADER"], organizationId: org.id, organizationName: org.name, permissions: permissionsOf(["UPLOADER"]), mustChangePassword: false };
  return { id: request.id, actor };
}

const runJob = (requestId: string) => refreshBatchStatusJob.run({ requestId }, { number: 1, isLast: false, signal: new AbortController().signal });

async function view<T>(handler: typeof getStatus, as: Actor, requestId: string): Promise<{ status: number; body: T }> {
  signedIn.actor = as;
  const response = await handler(new Request(`http://portal.test/api/requests/${requestId}/batch/x`), { params: Promise.resolve({ requestId }) });
  return { status: response.status, body: (await response.json()) as T };
}

describe.each(databaseTargets())("one poller of batch status on %s", (_name, target) => {
  usePortalDatabase(target);
  let api: Awaited<ReturnType<typeof startCountingApi>>;
  beforeAll(async () => {
    resetCircuits();
    api = await startCountingApi();
  });
  afterAll(async () => api.close());

  it("viewers read what the job stored: no upstream status call however many watch; the job stores totals, times and failures by code", async () => {
    const { id, actor } = await submittedRequest(api.baseUrl);

    // Before the first check: a clear "not checked yet" state, and no upstream call.
    const before = await view<BatchStatusDto>(getStatus, actor, id);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ status: "pending", checkedAt: null, startedAt: null, completedAt: null, totals: { total: 0, processed: 0 } });
    expect(api.counts.status).toBe(0);

    api.answer(guide("PROCESSING", 4, 1));
    expect(await runJob(id)).toBe(getEnv().STATUS_POLL_INTERVAL_MS);
    expect(api.counts.status).toBe(1);
    const running = (await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } }));
    expect(running).toMatchObject({ batchStatus: "in_progress", batchTotalRecords: 10, batchProcessedRecords: 4, batchFailedRecords: 1, batchSuccessfulRecords: 3, batchCompletedAt: null, batchErrorCodes: null });
    // The guide dialect sends no start time: the time the portal first saw it in progress.
    expect(running.batchStartedAt).toEqual(running.batchCheckedAt);

    const VIEWERS = 100;
    const answers = await Promise.all(Array.from({ length: VIEWERS }, (_, i) => view<BatchStatusDto>(i % 2 ? getStatus : getErrorSummary, actor, id)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(api.counts).toEqual({ status: 1, errored: 0 });
    expect(answers[1]!.body).toMatchObject({ status: "in_progress", totals: { total: 10, processed: 4, successful: 3, failed: 1 }, startedAt: running.batchStartedAt!.toISOString(), completedAt: null });
    expect(answers[0]!.body).toMatchObject({ status: "in_progress", byCode: [], complete: false });

    api.answer(guide("COMPLETED", 10, 3));
    expect(await runJob(id)).toBeUndefined();
    const done = await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ batchStatus: "completed", batchProcessedRecords: 10, batchFailedRecords: 3, batchStartedAt: running.batchStartedAt });
    expect(done.batchCompletedAt).toEqual(done.batchCheckedAt);
    expect(done.batchErrorCodes).toEqual({ byCode: { RESIDENT_NOT_FOUND: 2, EXPIRED_EID: 2 }, countedRecords: 3, complete: true });
    // Codes and counts only: nothing of a record (its input, the API's messages) is stored.
    expect(JSON.stringify(done.batchErrorCodes)).not.toMatch(/784|Test Person|message/);

    const status = await view<BatchStatusDto>(getStatus, actor, id);
    expect(status.body).toMatchObject({ status: "completed", startedAt: done.batchStartedAt!.toISOString(), completedAt: done.batchCompletedAt!.toISOString(), checkedAt: done.batchCheckedAt!.toISOString() });
    const summary = await view<ErrorSummaryDto>(getErrorSummary, actor, id);
    expect(summary.body).toEqual({
      status: "completed", checkedAt: done.batchCheckedAt!.toISOString(), totals: { total: 10, processed: 10, successful: 7, failed: 3 },
      byCode: [{ code: "EXPIRED_EID", message: null, count: 2 }, { code: "RESIDENT_NOT_FOUND", message: null, count: 2 }], countedRecords: 3, complete: true,
    });
    expect(api.counts).toEqual({ status: 2, errored: 2 });
  });

  it("a completed batch is never moved back: a stale job's answer is dropped, and a re-run asks nothing", async () => {
    const { id } = await submittedRequest(api.baseUrl);
    const prisma = await db();
    const staleRead = await prisma.migrationRequest.findUniqueOrThrow({ where: { id } });
    api.answer(guide("COMPLETED", 10, 0));
    await runJob(id);
    const done = await prisma.migrationRequest.findUniqueOrThrow({ where: { id } });
    expect(done).toMatchObject({ batchStatus: "completed", batchErrorCodes: { byCode: {}, countedRecords: 0, complete: true } });
    // First seen completed: it had started by then too.
    expect(done.batchStartedAt).toEqual(done.batchCheckedAt);

    // A job that read the row before that check and got an older answer.
    const older = { status: "in_progress", rawStatus: "PROCESSING", totalRecords: 10, processedRecords: 2, failedRecords: 0, successfulRecords: 2, createdAt: null, updatedAt: null, startedAt: null, completedAt: null, runErrors: [] } as const;
    expect(await recordBatchProgress(staleRead, { ...older, runErrors: [] }, null, new Date())).toBe(false);
    // Even one that read the completed row: final stays final.
    expect(await recordBatchProgress(done, { ...older, runErrors: [] }, null, new Date())).toBe(false);
    expect(await prisma.migrationRequest.findUniqueOrThrow({ where: { id } })).toEqual(done);

    const calls = api.counts.status;
    expect(await runJob(id)).toBeUndefined();
    expect(api.counts.status).toBe(calls);
  });

  it("the API's own start and completion times are stored when it sends them (reference dialect)", async () => {
    const { id, actor } = await submittedRequest(api.baseUrl);
    api.answer({ status: "failed", totalRecords: 5, processedRecords: 0, failedRecords: 0, createdAt: "2026-01-01T10:00:00Z", updatedAt: "2026-01-01T10:02:00Z", startedAt: "2026-01-01T10:00:30Z", completedAt: "2026-01-01T10:01:00Z", summary: { successfulRecords: 0, errors: [{ errorDetail: { category: "HEADER_MISMATCH", message: "The header does not match the template" } }] } });
    await runJob(id);
    const status = await view<BatchStatusDto>(getStatus, actor, id);
    expect(status.body).toMatchObject({
      status: "failed", startedAt: "2026-01-01T10:00:30.000Z", completedAt: "2026-01-01T10:01:00.000Z", updatedAt: "2026-01-01T10:02:00.000Z",
      runErrors: [{ category: "HEADER_MISMATCH", message: "The header does not match the template" }],
    });
  });

  it("another organization's request answers 404 exactly like a missing one, with no upstream call", async () => {
    const { id } = await submittedRequest(api.baseUrl);
    const { actor: stranger } = await submittedRequest(api.baseUrl);
    const calls = { ...api.counts };
    const theirs = await view<unknown>(getStatus, stranger, id);
    const missing = await view<unknown>(getStatus, stranger, randomUUID());
    expect(theirs.status).toBe(404);
    expect(missing.status).toBe(404);
    expect((await view<unknown>(getErrorSummary, stranger, id)).status).toBe(404);
    expect(api.counts).toEqual(calls);
  });
});
