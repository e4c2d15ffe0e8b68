import type { BenchPortal } from "../support/portal";
import { result, type Result } from "../support/results";
import { signIn, type Session } from "../support/session";
import { cpuMs, percentile, sleep } from "../support/stats";

export type LoadShape = { pollers: number; browsers: number; seconds: number; pollEveryMs: number };
type Kind = "status" | "list" | "detail" | "records";
type Sample = { kind: Kind; ms: number; ok: boolean };

/**
 * B6: `pollers` signed-in users each poll their batch's status every 30 s (first poll at a
 * random moment of the first period), while `browsers` users page through the list and open
 * requests with a second's think time. Loopback only, bounded by `seconds`.
 */
export async function benchLoad(portal: BenchPortal, requestIds: string[], batchRequestId: string, shape: LoadShape): Promise<Result[]> {
  const emails = ["uploader@alpha.example", "approver@alpha.example"];
  const sessions: Session[] = [];
  // Every simulated user has a session of their own, signed in through the login endpoint.
  for (let i = 0; i < shape.pollers + shape.browsers; i += 4) {
    sessions.push(...(await Promise.all(Array.from({ length: Math.min(4, shape.pollers + shape.browsers - i) }, (_, k) => signIn(portal.base, emails[(i + k) % 2]!)))));
  }
  const samples: Sample[] = [];
  const hit = async (s: Session, kind: Kind, path: string) => {
    const t0 = performance.now();
    const ok = await s.get(path).then(async (r) => (await r.arrayBuffer(), r.ok), () => false);
    samples.push({ kind, ms: performance.now() - t0, ok });
  };
  const pid = await portal.pid();
  const cpuBefore = await cpuMs(pid);
  const end = Date.now() + shape.seconds * 1000;
  const poller = async (s: Session) => {
    await sleep(Math.random() * shape.pollEveryMs);
    while (Date.now() < end) {
      await hit(s, "status", `/api/requests/${batchRequestId}/batch/status`);
      await sleep(shape.pollEveryMs);
    }
  };
  const browser = async (s: Session) => {
    while (Date.now() < end) {
      await hit(s, "list", `/api/requests?page=${1 + Math.floor(Math.random() * 20)}&pageSize=10`);
      await sleep(500 + Math.random() * 1000);
      const id = Math.random() < 0.2 ? batchRequestId : requestIds[Math.floor(Math.random() * requestIds.length)]!;
      await hit(s, "detail", `/api/requests/${id}`);
      if (id === batchRequestId) await hit(s, "records", `/api/requests/${id}/batch/records?page=${1 + Math.floor(Math.random() * 100)}&limit=10`);
      await sleep(500 + Math.random() * 1000);
    }
  };
  await Promise.all(sessions.map((s, i) => (i < shape.pollers ? poller(s) : browser(s))));
  // On a shared machine the server's own CPU per call says more than the latency.
  const cpuPerCall = (await cpuMs(pid) - cpuBefore) / Math.max(1, samples.length);
  const errors = samples.filter((s) => !s.ok).length;
  const ms = samples.map((s) => s.ms);
  const label = `${shape.pollers} polling + ${shape.browsers} browsing, ${shape.seconds} s`;
  const p95Of = (kind: Kind) => percentile(samples.filter((s) => s.kind === kind).map((s) => s.ms), 95).toFixed(0);
  const byKind = (["status", "list", "detail", "records"] as const).map((k) => `${k} ${p95Of(k)}`).join(", ");
  return [
    result("B6", `load ${label}: p95`, portal.engine, { value: percentile(ms, 95), unit: "ms", target: { max: 200, label: "p95 ≤ 200 ms" } }, `p50 ${percentile(ms, 50).toFixed(0)} ms, ${samples.length} calls`),
    result("B6", "  error rate", portal.engine, { value: (100 * errors) / Math.max(1, samples.length), unit: "%", target: { max: 0, label: "0" } }, `${errors} error(s)`),
    result("B6", "  p95 by call (ms)", portal.engine, { value: samples.length / shape.seconds, unit: "calls/s" }, byKind),
    result("B6", "  server CPU per call", portal.engine, { value: cpuPerCall, unit: "ms" }, `${((cpuPerCall * samples.length) / shape.seconds / 10).toFixed(0)} % of one core`),
  ];
}
