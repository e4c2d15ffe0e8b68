import { readFile } from "node:fs/promises";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts } from "../support/accounts";
import { apiAs, uploadCsv } from "../support/api";
import { csvOf, eid, goodRow, sandboxErrorEid, sha256 } from "../support/csv";
import { SCALE_OUT_PORT, startCluster, type Cluster, type Instance } from "./cluster";

// A real SIGKILL of the instance doing the work: the other instance must finish it, once.
test.describe.configure({ mode: "serial", timeout: 300_000 });

let cluster: Cluster;
let uploader: APIRequestContext;
let approver: APIRequestContext;

test.beforeAll(async ({ browser }) => {
  // Ports from SCALE_OUT_PORT: +10 and +11, the sandbox +12.
  cluster = await startCluster([SCALE_OUT_PORT + 10, SCALE_OUT_PORT + 11], { SANDBOX_RECORDS_PER_SECOND: "3000" });
  uploader = await apiAs(browser, accounts.alphaUploader, cluster.a.portal.baseURL);
  approver = await apiAs(browser, accounts.alphaApprover, cluster.b.portal.baseURL);
});
test.afterAll(async () => cluster?.stop());

const rows = (n: number, from: number) =>
  Array.from({ length: n }, (_, i) => goodRow({ eid_number: i % 500 === 0 && i < 4000 ? sandboxErrorEid(1 + i / 500) : eid("1990", String(from + i)) }));

async function approved(n: number, from: number) {
  const content = csvOf(rows(n, from));
  const { id, complete } = await uploadCsv(uploader, `killed-${n}-${from}.csv`, content);
  expect(complete!.status(), await complete!.text()).toBe(200);
  const approval = await approver.post(`/api/requests/${id}/approve`, { data: { sha256: sha256(content) } });
  expect(approval.status(), await approval.text()).toBe(200);
  return id!;
}

/** Both are up again, each serving. */
async function restart(instance: Instance) {
  await instance.portal.start();
}

/**
 * The instance running the first attempt of the request's submission job, by the line each
 * attempt logs as it starts ("job attempt started", with the job's id) in that instance's log.
 */
async function holderOf(requestId: string): Promise<[Instance, Instance] | null> {
  const { rows: [job] } = await cluster.sql.query(`SELECT id FROM pgboss.job WHERE name = 'request.submit' AND singleton_key = $1 AND state = 'active'`, [requestId]);
  if (!job) return null;
  const started = (log: string) => log.split("\n").some((line) => line.includes("job attempt started") && line.includes(`"jobId":"${job.id}"`) && line.includes(`"attempt":1,`));
  const [a, b] = await Promise.all([cluster.a, cluster.b].map((i) => readFile(i.portal.logFile, "utf8").catch(() => "")));
  if (started(a!)) return [cluster.a, cluster.b];
  if (started(b!)) return [cluster.b, cluster.a];
  return null;
}

const detail = async (id: string) => (await approver.get(`${cluster.b.portal.baseURL}/api/requests/${id}`)).json();

async function expectOnce(id: string, total: number, via: Instance) {
  const base = via.portal.baseURL;
  await expect.poll(async () => (await (await approver.get(`${base}/api/requests/${id}/batch/status`)).json()).status, { timeout: 180_000, intervals: [1000] }).toBe("completed");
  const { rows: [c] } = await cluster.sql.query(
    `SELECT r."batchId", (SELECT count(*)::int FROM "AuditEvent" a WHERE a.action = 'request.submitted' AND a."targetId" = r.id::text) AS submitted
     FROM "MigrationRequest" r WHERE r.id = $1::uuid`, [id]);
  expect(c.submitted).toBe(1);
  // The sandbox's own database: one batch for the request, every record processed once.
  expect(await cluster.sandbox.batchesOf([id])).toEqual([{ id, batchId: c.batchId, batches: 1, outcomes: total, processed: total, counted: total, total }]);
}

test("the instance submitting a request is killed: the other submits it, once", async () => {
  const id = await approved(60_000, 4_000_000);
  await expect.poll(async () => (await detail(id)).status, { timeout: 60_000, intervals: [50] }).toBe("SUBMITTING");
  // Its log line may reach the file a moment after the status changed.
  let held: [Instance, Instance] | null = null;
  await expect.poll(async () => (held = await holderOf(id)) !== null, { timeout: 10_000, intervals: [50] }).toBe(true);
  const [victim, survivor] = held!;
  await victim.portal.kill("SIGKILL");
  await expectOnce(id, 60_000, survivor);
  const { rows: jobs } = await cluster.sql.query(`SELECT state, retry_count FROM pgboss.job WHERE name = 'request.submit' AND singleton_key = $1`, [id]);
  expect(jobs).toEqual([{ state: "completed", retry_count: 1 }]);
  await restart(victim);
});

test("an instance and the sandbox are killed while the sandbox processes a batch: restarted, it finishes, no record twice", async () => {
  const id = await approved(40_000, 5_000_000);
  const progress = async () => (await (await approver.get(`${cluster.b.portal.baseURL}/api/requests/${id}/batch/status`)).json()).totals?.processed ?? 0;
  await expect.poll(progress, { timeout: 60_000, intervals: [200] }).toBeGreaterThan(4_000);
  // The sandbox process is one for both instances: it dies mid-chunk, and so does the instance not serving the checks.
  await Promise.all([cluster.sandbox.kill(), cluster.a.portal.kill("SIGKILL")]);
  expect(await progress()).toBeLessThan(40_000);
  await cluster.sandbox.start();
  await expectOnce(id, 40_000, cluster.b);
  await restart(cluster.a);
});
