import { ListObjectsV2Command, S3Client } from "@aws-sdk/client-s3";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { readdir } from "node:fs/promises";
import { accounts } from "../support/accounts";
import { apiAs, uploadCsv } from "../support/api";
import { csvOf, eid, goodRow, sandboxErrorEid, sha256 } from "../support/csv";
import { SCALE_OUT_PORT, startCluster, type Cluster } from "./cluster";
import { uploadAcross } from "./upload-across";

// Two instances, no sticky routing: every step of a request's life may reach either one.
test.describe.configure({ mode: "serial", timeout: 240_000 });

let cluster: Cluster;
let uploader: APIRequestContext;
let approver: APIRequestContext;
let A: string;
let B: string;

test.beforeAll(async ({ browser }) => {
  // Ports from SCALE_OUT_PORT: itself and +1, the sandbox +2.
  cluster = await startCluster([SCALE_OUT_PORT, SCALE_OUT_PORT + 1]);
  A = cluster.a.portal.baseURL;
  B = cluster.b.portal.baseURL;
  // Signed in on one instance; the session (a JWT under the shared AUTH_SECRET) works on both.
  uploader = await apiAs(browser, accounts.alphaUploader, A);
  approver = await apiAs(browser, accounts.alphaApprover, B);
});
test.afterAll(async () => cluster?.stop());

const rows = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => goodRow({ eid_number: i % 1000 === 0 && i < 8000 ? sandboxErrorEid(1 + i / 1000) : eid("1990", String(3_000_000 + from + i)) }));

async function bucketKeys() {
  const { S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = cluster.s3.settings;
  const client = new S3Client({ endpoint: S3_ENDPOINT, region: S3_REGION, forcePathStyle: true, credentials: { accessKeyId: S3_ACCESS_KEY_ID!, secretAccessKey: S3_SECRET_ACCESS_KEY! } });
  const listed = await client.send(new ListObjectsV2Command({ Bucket: cluster.s3.bucket }));
  client.destroy();
  return (listed.Contents ?? []).map((o) => o.Key!);
}

const files = async (dir: string) => (await readdir(dir, { recursive: true }).catch(() => [] as string[])).filter((f) => /uploads-in-progress\/|files\//.test(f));

test("a file sent in chunks to both instances is verified by one and approved through the other", async () => {
  const content = Buffer.from(csvOf(rows(100_000)));
  expect(content.length).toBeGreaterThan(8 * 1024 * 1024); // several S3 parts, some chunks below the 5 MiB part minimum
  const { id, complete, served } = await uploadAcross(uploader, [A, B], "scale-out.csv", content, 3 * 1024 * 1024);
  expect(new Set(served)).toEqual(new Set([A, B]));
  expect(complete.status(), await complete.text()).toBe(200);

  // The stored file is in the bucket; the upload's tus state is gone; neither instance's disk holds customer bytes.
  const keys = await bucketKeys();
  expect(keys).toContain(`files/${id}.pmf`);
  expect(keys.filter((k) => k.startsWith(id))).toEqual([]);
  expect([...(await files(cluster.a.dataDir)), ...(await files(cluster.b.dataDir))]).toEqual([]);

  // The approver reviews on the other instance: the sample is decrypted from the bucket.
  const sample = await approver.get(`${A}/api/requests/${id}/sample`);
  expect(sample.status(), await sample.text()).toBe(200);
  const approval = await approver.post(`${B}/api/requests/${id}/approve`, { data: { sha256: sha256(content) } });
  expect(approval.status(), await approval.text()).toBe(200);

  await expect.poll(async () => (await (await uploader.get(`${A}/api/requests/${id}`)).json()).status, { timeout: 60_000 }).toBe("SUBMITTED");
  await expect.poll(async () => (await (await approver.get(`${B}/api/requests/${id}/batch/status`)).json()).status, { timeout: 120_000, intervals: [1000] }).toBe("completed");
  const [onA, onB] = await Promise.all([A, B].map(async (base) => (await approver.get(`${base}/api/requests/${id}/batch/records?page=600&limit=100`)).json()));
  expect(onA.totalCount).toBe(100_000);
  expect(onA).toEqual(onB);
});

test("each submission is sent by exactly one instance and each record processed once", async () => {
  const ids: string[] = [];
  for (let k = 0; k < 6; k++) {
    const content = csvOf(rows(3_000, 100_000 * (k + 1)));
    const { id, complete } = await uploadCsv(uploader, `once-${k}.csv`, content);
    expect(complete!.status(), await complete!.text()).toBe(200);
    const approval = await approver.post(`${k % 2 ? A : B}/api/requests/${id}/approve`, { data: { sha256: sha256(content) } });
    expect(approval.status(), await approval.text()).toBe(200);
    ids.push(id!);
  }
  for (const id of ids) {
    await expect.poll(async () => (await (await approver.get(`${A}/api/requests/${id}/batch/status`)).json()).status, { timeout: 120_000, intervals: [1000] }).toBe("completed");
  }
  const { rows: checks } = await cluster.sql.query<{ id: string; batchId: string; jobs: number; attempts: number; submitted: number }>(
    `SELECT r.id, r."batchId",
       (SELECT count(*)::int FROM pgboss.job j WHERE j.name = 'request.submit' AND j.singleton_key = r.id::text) AS jobs,
       (SELECT max(retry_count)::int + 1 FROM pgboss.job j WHERE j.name = 'request.submit' AND j.singleton_key = r.id::text) AS attempts,
       (SELECT count(*)::int FROM "AuditEvent" a WHERE a.action = 'request.submitted' AND a."targetId" = r.id::text) AS submitted
     FROM "MigrationRequest" r WHERE r.id = ANY($1::uuid[])`, [ids]);
  expect(checks).toHaveLength(6);
  for (const c of checks) expect(c).toMatchObject({ jobs: 1, attempts: 1, submitted: 1 });
  // The sandbox's own database: one batch per request, each record processed once.
  const batches = await cluster.sandbox.batchesOf(ids);
  expect(batches).toHaveLength(6);
  for (const b of batches) expect(b).toMatchObject({ batchId: checks.find((c) => c.id === b.id)!.batchId, batches: 1, outcomes: 3_000, processed: 3_000 });
});
