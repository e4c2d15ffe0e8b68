import { chromium } from "@playwright/test";
import e2eConfig from "../../playwright.config";
import { result, type Result } from "../support/results";
import { MB, median } from "../support/stats";
import type { TemplateFile } from "../support/template-files";
import { startHarness } from "./harness";
import { sampleHeap } from "./heap-sampler";

type Outcome = { ms: number; rows: number; errors: number; sha256: string; longestTaskMs: number; longTasks: number };
type Variant = "validator" | "baseline";
const TODAY = "2026-03-12";

/** B1: the real validator in headless Chromium on a real File, beside the PapaParse + zod baseline. */
export async function benchBrowser(file: TemplateFile, runs: number): Promise<Result[]> {
  const harness = await startHarness();
  const launch = e2eConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, args: [...(launch.args ?? []), "--enable-precise-memory-info"] });
  try {
    const measure = async (variant: Variant) => {
      const outcomes: (Outcome & { heap: number })[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.goto(harness.url);
        await page.locator("#file").setInputFiles(file.path);
        const sampler = await sampleHeap(browser, page);
        const outcome = await page.evaluate(([v, today]) => (window as unknown as { bench: Record<string, (t: string) => Promise<Outcome>> }).bench[v]!(today), [variant, TODAY] as const);
        outcomes.push({ ...outcome, heap: await sampler.stop() });
        await page.close();
      }
      return outcomes;
    };
    const mine = await measure("validator");
    const base = await measure("baseline");
    if (mine[0]!.sha256 !== base[0]!.sha256) throw new Error("B1: validator and baseline hashed different bytes");
    const ms = median(mine.map((o) => o.ms));
    const baseMs = median(base.map((o) => o.ms));
    const rows = `${file.rows / 1000}k rows`;
    return [
      result("B1", `browser validation, ${rows} (median of ${runs})`, "-", { value: ms / 1000, unit: "s", target: { max: 3, label: "≤ 3 s" } }),
      result("B1", `baseline PapaParse + zod, ${rows}`, "-", { value: baseMs / 1000, unit: "s" }),
      result("B1", "speed-up over baseline", "-", { value: baseMs / ms, unit: "×", target: { min: 2, label: "≥ 2×" } }, `${(baseMs / ms).toFixed(2)}× baseline`),
      result("B1", "peak JS heap, page + workers", "-", { value: Math.max(...mine.map((o) => o.heap)) / MB, unit: "MB", target: { max: 300, label: "≤ 300 MB" } },
        `baseline ${(Math.max(...base.map((o) => o.heap)) / MB).toFixed(0)} MB`),
      result("B1", "longest main-thread task", "-", { value: Math.max(...mine.map((o) => o.longestTaskMs)), unit: "ms", target: { max: 50, label: "no task > 50 ms" } },
        `${Math.max(...mine.map((o) => o.longTasks))} long task(s)`),
    ];
  } finally {
    await browser.close();
    await harness.close();
  }
}
