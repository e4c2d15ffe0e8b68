import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Checks several specs make of a whole page: axe, English left on an Arabic page, sideways scrolling.

const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/**
 * An axe scan (WCAG 2.0/2.1/2.2 A and AA): serious and critical violations fail, each rule listed with its targets.
 * Legacy mode runs axe in the page itself: the default opens a blank page per scan to merge the
 * results of cross-origin frames, which the portal's pages never hold, and took about twice as
 * long per scan on the loaded CI machine (same violations found either way).
 */
export async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
  expect(serious, `axe on ${what}`).toEqual([]);
}

/**
 * English left on an Arabic page: runs of two or more Latin words outside what is data by
 * design — names, file names, codes, IDs and e-mails, which the portal marks as isolated
 * (`<bdi>`, `dir="ltr"`, and `dir="auto"` on a list's option). A short allow-list holds the product's own Latin terms.
 */
export async function englishOnPage(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ALLOWED = [/^SHA-256$/, /^CSV UTF-8$/i];
    const copy = document.body.cloneNode(true) as HTMLElement;
    // An <option> cannot hold a <bdi>: a name in a list of choices is isolated with dir="auto".
    copy.querySelectorAll("bdi, [dir=ltr], option[dir=auto], script, style, [hidden], [aria-hidden=true] svg").forEach((el) => el.remove());
    // innerText needs layout: measure the copy in the page, out of sight.
    copy.style.position = "absolute";
    copy.style.insetInlineStart = "-99999px";
    document.body.appendChild(copy);
    const text = copy.innerText;
    copy.remove();
    const runs = text.match(/[A-Za-z][A-Za-z0-9'’-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'’-]*)+/g) ?? [];
    return runs.filter((run) => !ALLOWED.some((allowed) => allowed.test(run.trim())));
  });
}

export async function expectNoEnglish(page: Page, where: string) {
  expect(await englishOnPage(page), `English on ${where}`).toEqual([]);
}

/** The page is never wider than the screen (a table may scroll inside its own region). */
export async function expectNoSideScroll(page: Page, what: string) {
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${what} scrolls sideways` })
    .toBeLessThanOrEqual(0);
}
