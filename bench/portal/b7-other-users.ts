import type { Engine } from "../support/portal";
import { result, type Result } from "../support/results";
import { signIn } from "../support/session";
import { percentile, sleep } from "../support/stats";

// Another organization's people, so nothing they do touches the batch being processed.
const OTHER_UPLOADER = "uploader@beta.example";
const OTHER_APPROVER = "approver@beta.example";
const PAGE_EVERY_MS = 500;
const SIGN_IN_EVERY_MS = 3_000;

type Samples = { page: number[]; signIn: number[] };

/**
 * B7: what other users feel while a large batch is processed — their requests page (the
 * server-rendered list) every half second and a fresh sign-in every three seconds. Started
 * before the approval for a baseline of the idle portal, then again for the processing.
 */
export function watchOtherUsers(base: string): { stop(): Promise<Samples> } {
  const samples: Samples = { page: [], signIn: [] };
  let stopped = false;
  const timed = async (into: number[], work: () => Promise<unknown>) => {
    const t0 = performance.now();
    await work();
    into.push(performance.now() - t0);
  };
  const pages = (async () => {
    const session = await signIn(base, OTHER_UPLOADER);
    // At least one sample even when the batch finishes at once (the smoke run's 10k rows).
    do {
      await timed(samples.page, async () => {
        const response = await session.get("/population-migration");
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`B7: requests page answered HTTP ${response.status}`);
      });
      await sleep(PAGE_EVERY_MS);
    } while (!stopped);
  })();
  const signIns = (async () => {
    do {
      await timed(samples.signIn, () => signIn(base, OTHER_APPROVER));
      await sleep(SIGN_IN_EVERY_MS);
    } while (!stopped);
  })();
  return {
    async stop() {
      stopped = true;
      await Promise.all([pages, signIns]);
      return samples;
    },
  };
}

/** The B7 rows: p95 of the page and the slowest sign-in while processing, each against the idle portal. */
export function otherUsersResults(engine: Engine, rows: number, idle: Samples, busy: Samples): Result[] {
  const pageP95 = percentile(busy.page, 95);
  const idlePageP95 = percentile(idle.page, 95);
  const slowestSignIn = Math.max(...busy.signIn);
  const idleSignIn = Math.max(...idle.signIn);
  return [
    result("B7", `requests page while ${rows / 1000}k rows process (p95)`, engine, { value: pageP95, unit: "ms", target: { max: 300, label: "≤ 300 ms" } },
      `${(pageP95 / idlePageP95).toFixed(1)}× idle (${idlePageP95.toFixed(0)} ms), ${busy.page.length} loads`),
    result("B7", "  another user's sign-in meanwhile (slowest)", engine, { value: slowestSignIn, unit: "ms", target: { max: 1000, label: "≤ 1 s" } },
      `${(slowestSignIn / idleSignIn).toFixed(1)}× idle (${idleSignIn.toFixed(0)} ms), ${busy.signIn.length} sign-ins`),
  ];
}
