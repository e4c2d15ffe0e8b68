import { chromium } from "@playwright/test";
import e2eConfig from "../../playwright.config";
import type { BenchPortal, Sql } from "../support/portal";
import { result, type Result } from "../support/results";
import { expectJson, type Session } from "../support/session";
import { median, percentile, timeEach } from "../support/stats";

// 10,000 requests for the organization, one statement, spread over 10,000 minutes and the
// statuses a request can rest in (none with a batch: those would call the API on display).
const SEED = `INSERT INTO "MigrationRequest" (id, "organizationId", status, "fileName", "fileSize", sha256, "rowCount", "uploadedById", "createdAt", "updatedAt")
  SELECT gen_random_uuid(), u."organizationId", (ARRAY['PENDING_APPROVAL', 'APPROVED', 'REJECTED', 'UPLOAD_FAILED'])[1 + g % 4]::"RequestStatus",
    'seeded-' || g || '.csv', 1000 + g, md5(g::text) || md5((g + 1)::text), 100 + g % 900, u.id,
    now() - g * interval '1 minute', now() - g * interval '1 minute'
  FROM generate_series(1, $1::int) AS g, "User" u WHERE u.email = 'uploader@alpha.example'`;

export async function seedRequests(sql: Sql, count: number): Promise<void> {
  await sql.query(SEED, [count]);
}

/** B5: the requests list API and the requests page's Largest Contentful Paint, with the organization's 10,000 requests. */
export async function benchList(portal: BenchPortal, viewer: Session, samples: number, pageLoads: number): Promise<Result[]> {
  const list = () => expectJson<{ total: number }>(viewer.get("/api/requests?page=1&pageSize=10"));
  const { total } = await list();
  await timeEach(3, list); // warm-up
  const ms = await timeEach(samples, list);
  const lcp = await largestContentfulPaint(viewer, pageLoads);
  const e = portal.engine;
  return [
    result("B5", `requests list API, ${total} requests: p95`, e, { value: percentile(ms, 95), unit: "ms", target: { max: 100, label: "p95 ≤ 100 ms" } }, `p50 ${median(ms).toFixed(1)} ms`),
    result("B5", `requests page LCP (median of ${pageLoads})`, e, { value: median(lcp) / 1000, unit: "s", target: { max: 1.5, label: "≤ 1.5 s" } }, `worst ${(Math.max(...lcp) / 1000).toFixed(2)} s`),
  ];
}

async function largestContentfulPaint(viewer: Session, loads: number): Promise<number[]> {
  const browser = await chromium.launch(e2eConfig.use?.launchOptions ?? {});
  try {
    const context = await browser.newContext();
    const [name, value] = viewer.cookie.split(/=(.*)/s) as [string, string];
    await context.addCookies([{ name, value, url: viewer.base }]);
    const out: number[] = [];
    for (let i = 0; i < loads; i++) {
      const page = await context.newPage();
      await page.goto(`${viewer.base}/population-migration`);
      await page.locator("table tbody tr").first().waitFor();
      await page.waitForLoadState("networkidle");
      out.push(await page.evaluate(() => new Promise<number>((resolve) => {
        new PerformanceObserver((entries) => resolve(entries.getEntries().at(-1)!.startTime)).observe({ type: "largest-contentful-paint", buffered: true });
      })));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}
