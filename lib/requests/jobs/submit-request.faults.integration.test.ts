import { createHash, randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { hashApiKey } from "@/lib/api-keys/key-material";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { seal } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db/client";
import { JobGaveUp } from "@/lib/jobs/define-job";
import { resetCircuits } from "@/lib/digitization/client";
import { saveEncrypted } from "@/lib/storage/stored-files";
import { databaseTargets } from "@/test/database-targets";
import { startFakeDigitizationApi, type Fault } from "@/test/fake-digitization-api";
import { usePortalDatabase } from "@/test/use-portal-database";
import { submitRequest } from "./submit-request";

const CSV = "customer_id,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob\n";
async function* bytes(text: string) {
  yield Buffer.from(text);
}
const JOB_ATTEMPTS = 3;
// Fast transport for tests: short timeout, two tries per call, no real sleeping.
const sleeps: number[] = [];
const transport = { timeoutMs: 400, maxAttempts: 2, sleep: async (ms: number) => void sleeps.push(ms) };

/** An approved request of an organization whose API is the fake at `baseUrl`. */
async function approvedRequest(baseUrl: string) {
  const prisma = await db();
  const { encryptionKey } = await loadSecrets(getEnv());
  const org = await prisma.organization.create({ data: { name: `Org ${randomUUID()}`, digitizationBaseUrl: baseUrl } });
  const key = `test_${randomUUID().replace(/-/g, "")}`;
  await prisma.apiKey.create({ data: { organizationId: org.id, prefix: "test_", last4: key.slice(-4), keyHash: hashApiKey(key), keyCiphertext: seal(key, encryptionKey) } });
  const user = await prisma.user.create({ data: { email: `${randomUUID()}@x.example`, name: "U", roles: ["UPLOADER"], organizationId: org.id, passwordHash: "x" } });
  const id = randomUUID();
  await saveEncrypted(id, bytes(CSV));
  const sha = createHash("sha256").update(CSV).digest("hex");
  await prisma.migrationRequest.create({
    data: { id, organizationId: org.id, uploadedById: user.id, fileName: "f.csv", fileSize: BigInt(CSV.length), sha256: sha, status: "APPROVED", storageKey: id, approvedSha256: sha },
  });
  return id;
}

/** The job runner's loop without its waits: attempt until success, a final failure, or the last attempt. */
async function runSubmissionJob(requestId: string) {
  for (let n = 1; n <= JOB_ATTEMPTS; n++) {
    try {
      await submitRequest(requestId, { number: n, isLast: n === JOB_ATTEMPTS }, transport);
      return;
    } catch (error) {
      // A final failure is not retried; any other is, by the job runner.
      if (error instanceof JobGaveUp) return;
    }
  }
}

async function outcome(script: Fault[]) {
  const api = await startFakeDigitizationApi(script);
  try {
    const id = await approvedRequest(api.baseUrl);
    await runSubmissionJob(id);
    const request = await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } });
    return { request, calls: api.calls(), batches: api.batchesCreated() };
  } finally {
    await api.close();
  }
}

describe.each(databaseTargets().slice(0, 1))("submission against a faulty Digitization API (%s)", (_name, target) => {
  usePortalDatabase(target);
  beforeEach(() => { resetCircuits(); sleeps.length = 0; });
  afterEach(() => resetCircuits());

  it.each<[string, Fault[]]>([
    ["a 500 then success", ["500", "ok"]],
    ["a reset connection then success", ["reset", "ok"]],
    ["HTML instead of JSON then success", ["html", "ok"]],
    ["truncated JSON then success", ["truncated", "ok"]],
    ["a hang then success", ["hang", "ok"]],
    ["a slow drip then success", ["drip", "ok"]],
  ])("%s ends SUBMITTED with exactly one batch", async (_label, script) => {
    const { request, batches } = await outcome(script);
    expect(request.status).toBe("SUBMITTED");
    expect(request.batchId).toMatch(/^[0-9a-f-]{36}$/);
    expect(batches).toBe(1);
  });

  it("a submit accepted but its answer lost is retried with the same Idempotency-Key: one batch, not two", async () => {
    const { request, calls, batches } = await outcome(["lost-answer", "ok"]);
    expect(calls).toBe(2);
    expect(batches).toBe(1);
    expect(request.status).toBe("SUBMITTED");
  });

  it("a 429 honours Retry-After before trying again", async () => {
    const { request } = await outcome(["429", "ok"]);
    expect(request.status).toBe("SUBMITTED");
    expect(sleeps).toContain(1000);
  });

  it("an unknown batch status in the answer is kept as 'unknown', not a crash", async () => {
    const { request } = await outcome(["unknown-status"]);
    expect(request).toMatchObject({ status: "SUBMITTED", batchStatus: "unknown" });
  });

  it("an API that stays down ends in SUBMISSION_FAILED with the reason, and no batch", async () => {
    const { request, batches, calls } = await outcome(["503"]);
    expect(request.status).toBe("SUBMISSION_FAILED");
    expect(request.submissionError).toBe("upstream_unavailable");
    expect(batches).toBe(0);
    expect(calls).toBe(JOB_ATTEMPTS * transport.maxAttempts);
  });

  it("a refused key fails at once, without retrying", async () => {
    const { request, calls } = await outcome(["401", "ok"]);
    expect(request.status).toBe("SUBMISSION_FAILED");
    expect(calls).toBe(1);
  });

  it("a 422 (content refused) fails at once, without retrying", async () => {
    const { request, calls } = await outcome(["422", "ok"]);
    expect(request.status).toBe("SUBMISSION_FAILED");
    expect(calls).toBe(1);
  });

  it("a connection refused (nothing listening) ends in SUBMISSION_FAILED", async () => {
    const id = await approvedRequest("http://127.0.0.1:9");
    await runSubmissionJob(id);
    const request = await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } });
    expect(request.status).toBe("SUBMISSION_FAILED");
  });

  it("a stored file altered after approval is never sent", async () => {
    const api = await startFakeDigitizationApi(["ok"]);
    const id = await approvedRequest(api.baseUrl);
    await saveEncrypted(id, bytes(`${CSV}tampered\n`));
    await runSubmissionJob(id);
    const request = await (await db()).migrationRequest.findUniqueOrThrow({ where: { id } });
    expect(request.status).toBe("SUBMISSION_FAILED");
    expect(request.submissionError).toBe("stored_file_changed");
    expect(api.calls()).toBe(0);
    await api.close();
  });
});
