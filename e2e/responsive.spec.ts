import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { accounts, signInAs } from "./support/accounts";
import { completedBatch } from "./support/api";
import { csvOf, goodRow, sandboxErrorEid } from "./support/csv";
import { expectNoSideScroll } from "./support/page-checks";

// Issue #14: every screen on a phone (390 px) and a desk (1440 px), in English and Arabic, with
// no sideways scrolling of the page; below 1024 px the navigation is a menu at the inline start.
// Key screens are compared with committed screenshots (e2e/responsive.spec.ts-snapshots, made
// with Debian's Chromium and the DejaVu/Liberation fonts .ci/run installs); only parts whose
// pixels do not depend on other specs' data or the clock, or with those parts masked.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const VIEWPORTS = { phone: { width: 390, height: 844 }, desk: { width: 1440, height: 900 } } as const;
const LOCALES = ["en", "ar"] as const;
type Locale = (typeof LOCALES)[number];
// A little room for anti-aliasing; a moved or missing element is far more than 1 % of the pixels.
const SAME = { maxDiffPixelRatio: 0.01, animations: "disabled" } as const;

const words = {
  en: { menu: "Menu", upload: "Upload File", requests: "Population Migration", completedOneFailed: "Completed, 1 failed", actionsFor: "Actions for", viewDetails: "View Details" },
  ar: { menu: "القائمة", upload: "رفع ملف", requests: "ترحيل العملاء", completedOneFailed: "مكتملة، السجلات المخفقة: 1", actionsFor: "إجراءات", viewDetails: "عرض التفاصيل" },
} as const;

const fileName = `responsive-${Date.now()}.csv`;
let requestPath = "";

async function useLocale(context: BrowserContext, locale: Locale) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL ?? "http://localhost:3210" }]);
}

test.beforeAll(async ({ browser }) => {
  // One finished batch with failures, for View Details.
  const id = await completedBatch(browser, fileName, csvOf([goodRow(), goodRow({ name_on_eid: "نورة الكعبي" }), goodRow({ eid_number: sandboxErrorEid(1) })]));
  requestPath = `/population-migration/${id}`;
});

for (const locale of LOCALES) {
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    const phone = size === "phone";
    test.describe(`${locale}, ${size} (${viewport.width} px)`, () => {
      test.use({ viewport });
      test.beforeEach(async ({ context, page }) => {
        await useLocale(context, locale);
        await page.emulateMedia({ reducedMotion: "reduce" });
      });

      test("sign-in, requests list, navigation and upload dialog", async ({ page }) => {
        await page.goto("/login");
        await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
        await expectNoSideScroll(page, "login");
        await expect(page).toHaveScreenshot(`login-${locale}-${size}.png`, { fullPage: true, ...SAME });

        await signInAs(page, accounts.alphaUploader);
        await expect(page.locator("main table tbody tr").first()).toBeVisible();
        await expectNoSideScroll(page, "requests list");

        const menuButton = page.getByRole("button", { name: words[locale].menu, exact: true });
        const desktopNav = page.locator("nav.lg\\:block");
        if (phone) {
          await expect(desktopNav).toBeHidden();
          await menuButton.click();
          const panel = page.getByRole("dialog");
          await expect(panel).toBeVisible();
          await expect(panel.getByRole("link", { name: words[locale].requests })).toBeVisible();
          // At the inline start: the left edge in English, the right edge in Arabic.
          const box = (await panel.boundingBox())!;
          if (locale === "en") expect(box.x).toBeLessThanOrEqual(1);
          else expect(box.x + box.width).toBeGreaterThanOrEqual(viewport.width - 1);
          await expect(panel).toHaveScreenshot(`menu-${locale}-${size}.png`, SAME);
          // Modal: focus moved in, and Tab keeps it there however far it goes.
          await expect.poll(() => panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
          for (let i = 0; i < 12; i++) await page.keyboard.press("Tab");
          expect(await panel.evaluate((el) => el.contains(document.activeElement))).toBe(true);
          await page.keyboard.press("Escape");
          await expect(panel).toBeHidden();
          await expect(menuButton).toBeFocused();
        } else {
          await expect(menuButton).toBeHidden();
          await expect(desktopNav).toBeVisible();
        }

        await page.getByRole("button", { name: words[locale].upload, exact: true }).click();
        await expect(page.getByRole("dialog")).toBeVisible();
        await expectNoSideScroll(page, "upload dialog");
        const dialogBox = (await page.getByRole("dialog").boundingBox())!;
        expect(dialogBox.x).toBeGreaterThanOrEqual(0);
        expect(dialogBox.x + dialogBox.width).toBeLessThanOrEqual(viewport.width);
      });

      test("View Details: status first, records and errored records readable", async ({ page }) => {
        await signInAs(page, accounts.alphaApprover);
        // The list says how the batch ended, from the stored counts.
        const row = page.locator("main table tbody tr").filter({ hasText: fileName });
        await expect(row.getByTestId("batch-state")).toHaveText(words[locale].completedOneFailed);
        if (phone) {
          // The row's action menu works on a phone: it opens inside the screen and its choice navigates.
          await row.getByRole("button", { name: `${words[locale].actionsFor} ${fileName}` }).click();
          const menu = page.getByRole("menu");
          await expect(menu).toBeVisible();
          const menuBox = (await menu.boundingBox())!;
          expect(menuBox.x).toBeGreaterThanOrEqual(0);
          expect(menuBox.x + menuBox.width).toBeLessThanOrEqual(viewport.width);
          await menu.getByRole("menuitem", { name: words[locale].viewDetails }).click();
          await expect(page).toHaveURL(new RegExp(`${requestPath}$`));
        } else {
          await page.goto(requestPath);
        }
        const status = page.locator("section[aria-labelledby='batch-status-heading']");
        await expect(status.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "3");
        // First things first: the batch status comes before the request card.
        const statusTop = (await status.boundingBox())!.y;
        const cardTop = (await page.locator("section[aria-labelledby='facts-heading']").boundingBox())!.y;
        expect(statusTop).toBeLessThan(cardTop);
        await expect(status.getByRole("button")).toBeEnabled();
        // The times and the pace come from the clock: masked.
        await expect(status).toHaveScreenshot(`batch-status-${locale}-${size}.png`, { mask: [status.locator("dl").nth(1), status.getByTestId("batch-pace")], ...SAME });
        await expect(page.getByRole("table").first()).toBeVisible();
        await expectNoSideScroll(page, "View Details, records");

        const tabs = page.getByRole("tab");
        // Every tab of the row is on the screen, the last one too (the row wraps on a phone).
        for (const tab of await tabs.all()) {
          const box = (await tab.boundingBox())!;
          expect(box.x).toBeGreaterThanOrEqual(0);
          expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
        }
        expect(await page.getByRole("tablist").evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        await tabs.nth(1).click();
        await expect(page.getByTestId("errored-row")).toHaveCount(1);
        await expect(page.getByTestId("page-range")).toHaveText(/1–1 \D+ 1/);
        await expectNoSideScroll(page, "View Details, errored records");
      });

      test("admin pages", async ({ page }) => {
        await signInAs(page, accounts.admin);
        for (const path of ["/admin/organizations", "/admin/users", "/admin/api-keys", "/admin/audit"]) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await expect(page.locator("main table").first()).toBeVisible();
          await expectNoSideScroll(page, path);
        }
      });
    });
  }
}
