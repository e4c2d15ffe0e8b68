import type { Browser, Page } from "@playwright/test";

/**
 * Samples the JS heap of the page and of every worker it starts (CDP Runtime.getHeapUsage,
 * workers reached through the browser's target list) and keeps the peak of their sum: the
 * validator's memory lives in its workers, which performance.memory does not see.
 */
export async function sampleHeap(browser: Browser, page: Page, everyMs = 100): Promise<{ stop(): Promise<number> }> {
  const main = await page.context().newCDPSession(page);
  const root = await browser.newBrowserCDPSession();
  const workers = new Map<string, string>(); // targetId → sessionId (non-flattened sessions)
  const pending = new Map<number, (used: number) => void>();
  let nextId = 1;
  root.on("Target.receivedMessageFromTarget", ({ message }) => {
    const { id, result } = JSON.parse(message) as { id?: number; result?: { usedSize?: number } };
    if (id !== undefined) pending.get(id)?.(result?.usedSize ?? 0);
  });
  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      const timer = setTimeout(() => resolve(0), everyMs * 2); // a worker that ended answers nothing
      pending.set(id, (used) => (clearTimeout(timer), pending.delete(id), resolve(used)));
      root.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id, method: "Runtime.getHeapUsage" }) }).catch(() => resolve(0));
    });
  let peak = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const { targetInfos } = await root.send("Target.getTargets");
      for (const t of targetInfos) {
        if (t.type !== "worker" || workers.has(t.targetId)) continue;
        const attached = await root.send("Target.attachToTarget", { targetId: t.targetId, flatten: false }).catch(() => null);
        if (attached) workers.set(t.targetId, attached.sessionId);
      }
      const live = new Set(targetInfos.map((t) => t.targetId));
      for (const id of workers.keys()) if (!live.has(id)) workers.delete(id);
      const [own, ...others] = await Promise.all([
        main.send("Runtime.getHeapUsage").then((h) => h.usedSize, () => 0),
        ...[...workers.values()].map(workerHeap),
      ]);
      peak = Math.max(peak, own + others.reduce((a, b) => a + b, 0));
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop(): Promise<number> {
      stopped = true;
      await loop;
      await Promise.all([main.detach(), root.detach()].map((p: Promise<void>) => p.catch(() => undefined)));
      return peak;
    },
  };
}
