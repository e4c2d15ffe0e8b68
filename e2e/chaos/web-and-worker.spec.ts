import { expect, test, type APIRequestContext } from "@playwright/test";
import { accounts } from "../support/accounts";
import { apiAs, uploadCsv } from "../support/api";
import { csvOf, eid, goodRow, sha256 } from "../support/csv";
import { freshDataDir } from "../support/fresh-data-dir";
import { PortalProcess } from "./portal-process";

// PORTAL_PROCESS=web serves and runs no job; `npm run worker` runs the jobs and serves nothing.
// Both on one database (the web server's embedded PostgreSQL, which the worker reuses). And a
// SIGTERM stops either within seconds, whatever job is running: a job cut off is redone.
test.describe.configure({ mode: "serial", timeout: 300_000 });

const port = Number(process.env.CHAOS_PORT ?? 3320) + 1;
const settings = {
  DATA_DIR: ".data/chaos-apart",
  PORTAL_MODE: "demo",
  SANDBOX_START_DELAY_MS: "0",
  SANDBOX_RECORDS_PER_SECOND: "2000",
  STATUS_FIRST_POLL_DELAY_MS: "0",
  STATUS_POLL_INTERVAL_MS: "500",
  JOB_POLL_INTERVAL_MS: "500",
  JOB_HEARTBEAT_SECONDS: "10",
  LOG_LEVEL: "warn",
};
const web = new PortalProcess(port, { ...settings, PORTAL_PROCESS: "web" });
const worker = new PortalProcess(port, settings, "worker");
// A portal asked to stop must be gone within this (README, "Running web and workers apart").
const STOPS_WITHIN_MS = 10_000;
let uploader: APIRequestContext;
let approver: APIRequestContext;

test.beforeAll(async ({ browser }) => {
  // A fresh database (initdb, migrations) and a production server's first start: slow on a busy machine.
  test.setTimeout(240_000);
  await freshDataDir(settings.DATA_DIR);
  await web.start();
  uploader = await apiAs(browser, accounts.alphaUploader, web.baseURL);
  approver = await apiAs(browser, accounts.alphaApprover, web.baseURL);
});
test.afterAll(async () => {
  await worker.kill("SIGKILL");
  await web.kill("SIGKILL");
});

async function approvedRequest(n: number) {
  const content = csvOf(Array.from({ length: n }, (_, i) => goodRow({ eid_number: eid("1991", String(3_000_000 + i)) })));
  const { id, complete } = await uploadCsv(uploader, `apart-${n}-${Date.now()}.csv`, content);
  expect(complete!.status(), await complete!.text()).toBe(200);
  const approval = await approver.post(`/api/requests/${id}/approve`, { data: { sha256: sha256(content) } });
  expect(approval.status(), await approval.text()).toBe(200);
  return id!;
}

const detail = async (id: string) => (await approver.get(`/api/requests/${id}`)).json();
const batchStatus = async (id: string) => (await (await approver.get(`/api/requests/${id}/batch/status`)).json());

test("a web-only portal runs no job; a separate worker process runs it", async () => {
  const id = await approvedRequest(200);
  await new Promise((r) => setTimeout(r, 5_000));
  expect(await detail(id)).toMatchObject({ status: "APPROVED", batchId: null });

  await worker.start();
  await expect.poll(async () => (await detail(id)).status, { timeout: 60_000 }).toBe("SUBMITTED");
  await expect.poll(async () => (await batchStatus(id)).status, { timeout: 120_000, intervals: [500] }).toBe("completed");
  expect((await batchStatus(id)).totals).toMatchObject({ total: 200, processed: 200 });
});

test("a worker stops within seconds of a SIGTERM in the middle of a submission; the next one finishes it, one batch", async () => {
  const id = await approvedRequest(60_000);
  await expect.poll(async () => (await detail(id)).status, { timeout: 60_000, intervals: [50] }).toBe("SUBMITTING");
  expect(await worker.kill("SIGTERM")).toBeLessThan(STOPS_WITHIN_MS);

  await worker.start();
  await expect.poll(async () => (await detail(id)).batchId, { timeout: 120_000 }).toBeTruthy();
  await expect.poll(async () => (await batchStatus(id)).status, { timeout: 240_000, intervals: [1_000] }).toBe("completed");
  const status = await batchStatus(id);
  expect(status.totals).toMatchObject({ total: 60_000, processed: 60_000 });
  expect((await detail(id)).status).toBe("SUBMITTED");
});

test("the web server and an idle worker each stop within seconds of a SIGTERM", async () => {
  expect(await worker.kill("SIGTERM")).toBeLessThan(STOPS_WITHIN_MS);
  expect(await web.kill("SIGTERM")).toBeLessThan(STOPS_WITHIN_MS);
});
