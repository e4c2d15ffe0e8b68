import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import type { BenchPortal } from "../support/portal";
import { result, type Result } from "../support/results";
import type { Session } from "../support/session";

// B8 (issue #14): Lighthouse's accessibility and best-practices scores of the pages a user
// lives in, signed in, on the bench's production portal, with Debian's Chromium
// (CHROME_PATH, else /usr/bin/chromium). Performance is left to B5/B6, which measure it under load.
const CATEGORIES = ["accessibility", "best-practices"] as const;
const TARGET = { min: 95, label: "≥ 95" };

export type LighthousePage = { name: string; path: string; signedIn: boolean };

export function lighthousePages(completedRequestId: string | null): LighthousePage[] {
  return [
    { name: "login", path: "/login", signedIn: false },
    { name: "requests list", path: "/population-migration", signedIn: true },
    ...(completedRequestId ? [{ name: "View Details (completed batch)", path: `/population-migration/${completedRequestId}`, signedIn: true }] : []),
  ];
}

/** B8: one row per page and category; a category below 95 names its failing audits. */
export async function benchLighthouse(portal: BenchPortal, viewer: Session, pages: LighthousePage[]): Promise<Result[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const out: Result[] = [];
    for (const page of pages) {
      const run = await lighthouse(`${portal.base}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: [...CATEGORIES],
        // The cookie rides on every request of the page, as the signed-in browser's would.
        ...(page.signedIn ? { extraHeaders: { Cookie: viewer.cookie } } : {}),
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = run;
      if (new URL(lhr.finalDisplayedUrl).pathname !== page.path) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${page.path} (signed out?)`);
      for (const category of CATEGORIES) {
        const entry = lhr.categories[category];
        if (!entry || entry.score === null) throw new Error(`no ${category} score for ${page.path}`);
        const failing = entry.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id);
        out.push(result("B8", `Lighthouse ${entry.title}: ${page.name}`, portal.engine, { value: Math.round(entry.score * 100), unit: "", target: TARGET }, failing.length ? `below 100: ${failing.join(", ")}` : "—"));
      }
    }
    return out;
  } finally {
    chrome.kill();
  }
}
