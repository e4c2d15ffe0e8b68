import type { BenchPortal, Engine } from "../support/portal";
import { result, type Result } from "../support/results";
import { expectJson, type Session } from "../support/session";
import { cpuMs, median, sleep, timeEach } from "../support/stats";
import type { Uploaded } from "./b3-upload";
import { otherUsersResults, watchOtherUsers } from "./b7-other-users";

// The demo organization's sandbox key (README, "Demo accounts").
const ALPHA_KEY = "sandbox_alpha_0123456789abcdef";
// ≤ 20 calls/s: the sandbox allows 25 per second per key, shared by the proxy and the direct calls.
const GAP_MS = 50;

type Status = { status: string; totals?: { processed: number } };

/**
 * B4: approval → batch completed at full pace, then records page 1 vs the last page (≤ 10,000),
 * proxied and direct. B7 rides along: other users' pages and sign-ins, idle and meanwhile.
 */
export async function benchSandbox(portal: BenchPortal, approver: Session, uploaded: Uploaded, rows: number, samples: number): Promise<Result[]> {
  const idleWatch = watchOtherUsers(portal.base);
  await sleep(5_000);
  const idle = await idleWatch.stop();
  const busyWatch = watchOtherUsers(portal.base);
  const t0 = performance.now();
  await expectJson(approver.send("POST", `/api/requests/${uploaded.id}/approve`, { sha256: uploaded.sha256 }));
  let batchId: string | null = null;
  while (!batchId) {
    await sleep(250);
    ({ batchId } = await expectJson<{ batchId: string | null }>(approver.get(`/api/requests/${uploaded.id}`)));
  }
  const tBatch = performance.now();
  for (let s: Status = { status: "" }; s.status !== "completed"; await sleep(500)) {
    s = await expectJson<Status>(approver.get(`/api/requests/${uploaded.id}/batch/status`));
    if (s.status === "failed") throw new Error("B4: the batch failed");
  }
  const total = (performance.now() - t0) / 1000;
  const busy = await busyWatch.stop();
  const submit = (tBatch - t0) / 1000;

  const last = Math.min(10_000, Math.ceil(rows / 100));
  const proxied = (page: number) => () => expectJson(approver.get(`/api/requests/${uploaded.id}/batch/records?page=${page}&limit=100`));
  const direct = (page: number) => () =>
    expectJson(fetch(`${portal.sandboxBase}/digitization/v1/batch/${batchId}/records?page=${page}&limit=100`, { headers: { "x-transaction-key": ALPHA_KEY, "content-type": "application/json" } }));
  await proxied(1)(); // warm both paths once
  await direct(1)();
  // Interleaved, so background work (GC, job runner, checkpoints) weighs on every series alike.
  // The server's CPU per call is kept beside the latency: on a shared machine it is the steadier figure.
  const pid = await portal.pid();
  const series = { p1: proxied(1), pLast: proxied(last), d1: direct(1), dLast: direct(last), me: () => expectJson(approver.get("/api/me")) };
  const ms = { p1: [] as number[], pLast: [] as number[], d1: [] as number[], dLast: [] as number[], me: [] as number[] };
  const cpu = { p1: 0, pLast: 0, d1: 0, dLast: 0, me: 0 };
  for (let i = 0; i < samples; i++) {
    for (const name of Object.keys(series) as (keyof typeof series)[]) {
      const before = await cpuMs(pid);
      ms[name].push(...(await timeEach(1, series[name])));
      cpu[name] += (await cpuMs(pid)) - before;
      await sleep(GAP_MS);
    }
  }
  const m = { p1: median(ms.p1), pLast: median(ms.pLast), d1: median(ms.d1), dLast: median(ms.dLast), me: median(ms.me) };
  const cpuOf = (name: keyof typeof cpu) => (cpu[name] / samples).toFixed(0);
  const e: Engine = portal.engine;
  const overhead = Math.max(m.p1 - m.d1, m.pLast - m.dLast);
  return [
    result("B4", `approval → batch completed, ${rows / 1000}k rows`, e, { value: total, unit: "s", target: e === "embedded PostgreSQL" ? { max: 60, label: "≤ 60 s" } : { max: 30, label: "≤ 30 s" } },
      `submit ${submit.toFixed(1)} s + process ${(total - submit).toFixed(1)} s`),
    result("B4", "records page 1, via portal (median)", e, { value: m.p1, unit: "ms", target: { max: 50, label: "≤ 50 ms" } }, `direct ${m.d1.toFixed(1)} ms`),
    result("B4", `records page ${last}, via portal (median)`, e, { value: m.pLast, unit: "ms", target: { max: 50, label: "≤ 50 ms" } }, `direct ${m.dLast.toFixed(1)} ms`),
    result("B4", `page ${last} / page 1`, e, { value: m.pLast / m.p1, unit: "×", target: { max: 1.5, label: "≤ 1.5×" } }, `direct ${(m.dLast / m.d1).toFixed(2)}×`),
    result("B4", "proxy overhead (median, worse page)", e, { value: overhead, unit: "ms", target: { max: 10, label: "≤ 10 ms" } }, `CPU/call ${cpuOf("pLast")} vs ${cpuOf("dLast")} ms; /api/me ${m.me.toFixed(0)} ms, ${cpuOf("me")} ms CPU`),
    ...otherUsersResults(e, rows, idle, busy),
  ];
}
