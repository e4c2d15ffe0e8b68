import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts } from "../support/accounts";
import { apiAs, uploadCsv } from "../support/api";
import { csvOf, eid, goodRow, sandboxErrorEid, sha256 } from "../support/csv";
import { freshDataDir } from "../support/fresh-data-dir";
import { PortalProcess } from "./portal-process";

// A real SIGKILL at the worst moments: between approval and submission, during submission,
// and of the sandbox's own process during its processing. After a restart every batch must complete exactly
// once, with every record accounted for (submitted = successful + failed).
test.describe.configure({ mode: "serial", timeout: 300_000 });

const portal = new PortalProcess(Number(process.env.CHAOS_PORT ?? 3320), {
  DATA_DIR: ".data/chaos",
  PORTAL_MODE: "demo",
  SANDBOX_START_DELAY_MS: "0",
  SANDBOX_RECORDS_PER_SECOND: "400",
  STATUS_FIRST_POLL_DELAY_MS: "0",
  // The background refresh is the only reader of batch status: poll it often here.
  STATUS_POLL_INTERVAL_MS: "500",
  JOB_POLL_INTERVAL_MS: "500",
  // pg-boss's smallest heartbeat: a killed portal's job is handed over within about 15 s.
  JOB_HEARTBEAT_SECONDS: "10",
  LOG_LEVEL: "warn",
});
let uploader: APIRequestContext;
let approver: APIRequestContext;

test.beforeAll(async ({ browser }) => {
  // A fresh database (initdb, migrations) and a production server's first start: slow on a busy machine.
  test.setTimeout(240_000);
  // The embedded PostgreSQL outlives each SIGKILL of the portal; the restart reuses it.
  await freshDataDir(".data/chaos");
  await portal.start();
  uploader = await apiAs(browser, accounts.alphaUploader, portal.baseURL);
  approver = await apiAs(browser, accounts.alphaApprover, portal.baseURL);
});
// After the last kill and restart, with the batch's jobs just finished: a SIGTERM is obeyed within seconds.
test.afterAll(async () => expect(await portal.kill("SIGTERM")).toBeLessThan(10_000));

function rows(n: number) {
  // Mostly good rows and a few sandbox test numbers, so both outcomes are counted.
  // Sequential card numbers: random ones would collide within a large file.
  return Array.from({ length: n }, (_, i) => goodRow({ eid_number: i % 50 === 0 && i / 50 < 8 ? sandboxErrorEid(1 + i / 50) : eid("1990", String(2_000_000 + i)) }));
}

async function approvedRequest(n: number) {
  const content = csvOf(rows(n));
  const { id, complete } = await uploadCsv(uploader, `chaos-${n}-${Date.now()}.csv`, content);
  expect(complete!.status(), await complete!.text()).toBe(200);
  const approval = await approver.post(`/api/requests/${id}/approve`, { data: { sha256: sha256(content) } });
  expect(approval.status(), await approval.text()).toBe(200);
  return id!;
}

const detail = async (id: string) => (await approver.get(`/api/requests/${id}`)).json();

async function expectCompletedOnce(id: string, total: number) {
  await expect.poll(async () => (await detail(id)).batchId, { timeout: 120_000 }).toBeTruthy();
  await expect.poll(async () => (await (await approver.get(`/api/requests/${id}/batch/status`)).json()).status, { timeout: 180_000, intervals: [500] }).toBe("completed");
  const status = await (await approver.get(`/api/requests/${id}/batch/status`)).json();
  expect(status.totals).toMatchObject({ total, processed: total });
  expect(status.totals.successful + status.totals.failed).toBe(total);
  const records = await (await approver.get(`/api/requests/${id}/batch/records?page=1&limit=10`)).json();
  expect(records.totalCount).toBe(total);
}

test("killed between approval and submission: submitted once after restart", async () => {
  await portal.kill();
  await portal.start({ PORTAL_PROCESS: "web" }); // serves the approval, runs no job
  const id = await approvedRequest(300);
  await new Promise((r) => setTimeout(r, 3_000));
  expect(await detail(id)).toMatchObject({ status: "APPROVED", batchId: null });
  await portal.kill();
  await portal.start();
  await expectCompletedOnce(id, 300);
});

test("the sandbox and the portal killed during the sandbox's processing: resumes, no record lost or processed twice", async () => {
  const id = await approvedRequest(4_000);
  await expect.poll(async () => (await (await approver.get(`/api/requests/${id}/batch/status`)).json()).totals?.processed ?? 0, { timeout: 60_000, intervals: [100] }).toBeGreaterThan(0);
  // The sandbox is a process of its own: it dies mid-chunk, then the portal that launched it.
  await portal.killSandbox();
  await portal.kill();
  await portal.start();
  await expectCompletedOnce(id, 4_000);
});

test("killed during submission: the retry reuses the request id, one batch", async () => {
  const id = await approvedRequest(60_000);
  await expect.poll(async () => (await detail(id)).status, { timeout: 60_000, intervals: [50] }).toBe("SUBMITTING");
  await portal.kill();
  await portal.start({ SANDBOX_RECORDS_PER_SECOND: "10000" });
  await expectCompletedOnce(id, 60_000);
});
