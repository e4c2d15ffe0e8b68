import { chromium } from "@playwright/test";
import e2eConfig from "../../playwright.config";
import type { CorrectionOutcome } from "../b1-browser/page";
import { startHarness } from "../b1-browser/harness";
import { result, type Result } from "../support/results";
import { median, percentile } from "../support/stats";
import type { TemplateFile } from "../support/template-files";

const TODAY = "2026-03-12";

/**
 * B9 in headless Chromium: the grid's session in its module worker (the bundle the portal ships),
 * on a real File, timed from the page as the grid waits for it: the first window of rows to fix,
 * each edit re-checked, the main thread's longest task meanwhile.
 */
export async function benchCorrectionInBrowser(file: TemplateFile, edits: number): Promise<Result[]> {
  const harness = await startHarness();
  const browser = await chromium.launch(e2eConfig.use?.launchOptions ?? {});
  try {
    const page = await browser.newPage();
    await page.goto(harness.url);
    await page.locator("#file").setInputFiles(file.path);
    const o = await page.evaluate(
      ([today, n]) => (window as unknown as { bench: { correction(t: string, n: number): Promise<CorrectionOutcome> } }).bench.correction(today, n),
      [TODAY, edits] as const,
    );
    const name = `${file.rows / 1000}k rows, ${o.rowsToFix.toLocaleString("en")} to fix`;
    return [
      result("B9", `Chromium: correction open (the check keeping the rows to fix), ${name}`, "-", { value: o.openMs / 1000, unit: "s" }),
      result("B9", "  Chromium: grid open after the check (first window of 50 rows)", "-", { value: o.windowMs, unit: "ms", target: { max: 1000, label: "≤ 1 s" } }),
      result("B9", `  Chromium: one edit re-checked (median of ${edits})`, "-", { value: median(o.editMs), unit: "ms", target: { max: 50, label: "≤ 50 ms" } },
        `p95 ${percentile(o.editMs, 95).toFixed(2)} ms`),
      result("B9", "  Chromium: rebuild + SHA-256 of the corrected file", "-", { value: o.buildMs / 1000, unit: "s" }),
      result("B9", "  Chromium: longest main-thread task meanwhile", "-", { value: o.longestTaskMs, unit: "ms", target: { max: 50, label: "no task > 50 ms" } }, `${o.longTasks} long task(s)`),
    ];
  } finally {
    await browser.close();
    await harness.close();
  }
}
