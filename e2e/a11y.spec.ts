import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { accounts, signInAs } from "./support/accounts";
import { csvOf, goodRow, sandboxErrorEid } from "./support/csv";
import { expectNoSeriousViolations } from "./support/page-checks";

// Issue #8: an axe scan (WCAG 2.0/2.1/2.2 A and AA) of every page, in English and in Arabic.
// Serious and critical violations fail the test; the message lists each rule and its targets.
// Beta Exchange's accounts: the sign-in spec expects Alpha Bank's name only on the pages it opens.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const LOCALES = ["en", "ar"] as const;
type Locale = (typeof LOCALES)[number];

async function useLocale(context: BrowserContext, locale: Locale) {
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL ?? "http://localhost:3210" }]);
}

async function expectLocale(page: Page, locale: Locale) {
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
  await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
}

const text = {
  en: { upload: "Upload File", send: "Upload File", success: "File uploaded and verified. Waiting for approval.", approve: "Approve", confirmApprove: /^Yes, approve/, completed: "Completed", review: "Review and approve" },
  ar: { upload: "رفع ملف", send: "رفع الملف", success: "تم رفع الملف والتحقق منه. بانتظار الموافقة.", approve: "موافقة", confirmApprove: /^نعم، وافق/, completed: "مكتملة", review: "المراجعة والموافقة" },
} as const;
const tabs = {
  en: ["Records", "Errored records", "Customer profile", "Summary chart"],
  ar: ["السجلات", "السجلات الخاطئة", "ملف العميل", "مخطط الملخص"],
} as const;

for (const locale of LOCALES) {
  test.describe(`axe, ${locale}`, () => {
    const fileName = `a11y-${locale}-${Date.now()}.csv`;
    const rows = [goodRow({ name_on_eid: "نورة الكعبي" }), goodRow({ name_on_eid: "Kartik Naik" }), goodRow({ eid_number: sandboxErrorEid(1) })];
    let requestPath = "";

    test.beforeEach(async ({ context, page }) => {
      await useLocale(context, locale);
      // No colour transitions mid-scan: axe would measure a button halfway between two colours.
      await page.emulateMedia({ reducedMotion: "reduce" });
    });

    test("the login page", async ({ page }) => {
      await page.goto("/login");
      await expectLocale(page, locale);
      await expectNoSeriousViolations(page, `login (${locale})`);
    });

    test("the requests list, empty; the upload dialog before and after choosing a file; the list with rows; a pending request", async ({ page }) => {
      await signInAs(page, accounts.betaUploader);
      await page.goto("/population-migration?q=no-such-file-anywhere");
      await expect(page.getByRole("button", { name: text[locale].upload })).toBeVisible();
      await expectLocale(page, locale);
      await expectNoSeriousViolations(page, `requests list, empty (${locale})`);

      await page.getByRole("button", { name: text[locale].upload }).click();
      const dialog = page.getByRole("dialog", { name: text[locale].upload });
      await expect(dialog).toBeVisible();
      await expectNoSeriousViolations(page, `upload dialog, no file (${locale})`);

      // A file with errors: the report, its rule list and the issues table.
      await dialog.locator('input[type="file"]').setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(csvOf([goodRow(), goodRow({ eid_number: "7.84300000001855E+14" })])) });
      await expect(dialog.getByRole("table")).toBeVisible();
      await expectNoSeriousViolations(page, `upload dialog, file with errors (${locale})`);

      // A good file, uploaded.
      await dialog.getByRole("button", { name: locale === "ar" ? "اختيار ملف آخر" : "Choose a different file" }).click();
      await dialog.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csvOf(rows)) });
      await expect(dialog.getByText(/[0-9a-f]{64}/)).toBeVisible();
      await expect(dialog.getByRole("button", { name: text[locale].send, exact: true })).toBeEnabled();
      await expectNoSeriousViolations(page, `upload dialog, good file (${locale})`);
      await dialog.getByRole("button", { name: text[locale].send, exact: true }).click();
      await expect(page.getByText(text[locale].success)).toBeVisible({ timeout: 30_000 });
      await page.goto("/population-migration");
      await expect(page.getByRole("row").filter({ hasText: fileName })).toBeVisible();
      await expectNoSeriousViolations(page, `requests list with rows (${locale})`);

      await page.getByRole("row").filter({ hasText: fileName }).getByRole("button").click();
      await expect(page.getByRole("menu")).toBeVisible();
      await expectNoSeriousViolations(page, `action menu open (${locale})`);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/\/population-migration\/[0-9a-f-]{36}$/);
      requestPath = new URL(page.url()).pathname;
      await expect(page.getByRole("heading", { name: fileName })).toBeVisible();
      await expectNoSeriousViolations(page, `request details, pending, uploader (${locale})`);
    });

    test("request details: the review panel, then a completed batch with each tab", async ({ page }) => {
      await signInAs(page, accounts.betaApprover);
      await page.goto(`${requestPath}#review`);
      await expect(page.getByRole("button", { name: text[locale].approve, exact: true })).toBeVisible();
      await expect(page.getByRole("table").first()).toBeVisible();
      await expectNoSeriousViolations(page, `request details with review panel (${locale})`);

      await page.getByRole("button", { name: text[locale].approve, exact: true }).click();
      await expectNoSeriousViolations(page, `approval confirmation (${locale})`);
      await page.getByRole("button", { name: text[locale].confirmApprove }).click();
      await expect(page.getByText(text[locale].completed).first()).toBeVisible({ timeout: 90_000 });
      for (const [i, name] of tabs[locale].entries()) {
        await page.getByRole("tab", { name, exact: true }).click();
        await expect(page.getByRole("tab", { name, exact: true })).toHaveAttribute("aria-selected", "true");
        if (i === 0) await expect(page.getByRole("tabpanel").getByRole("table")).toBeVisible();
        if (i === 1) await expect(page.getByRole("tabpanel").getByRole("listitem").first()).toBeVisible();
        if (i === 2) {
          await page.getByRole("tabpanel").locator('input[name="customerId"]').fill(rows[0]!.customer_id!);
          await page.getByRole("tabpanel").locator('button[type="submit"]').click();
          await expect(page.getByText(/784-\*{4}-\*{4}\d{3}-\d/).first()).toBeVisible();
        }
        if (i === 3) await expect(page.getByRole("tabpanel").getByRole("heading").first()).toBeVisible();
        await expectNoSeriousViolations(page, `completed batch, tab ${name} (${locale})`);
      }
    });

    test("the approver's own API key page and the password page", async ({ page }) => {
      await signInAs(page, accounts.betaApprover);
      for (const path of ["/account/api-keys", "/account/password"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectLocale(page, locale);
        await expectNoSeriousViolations(page, `${path} (${locale})`);
      }
    });

    test("the administration pages", async ({ page }) => {
      await signInAs(page, accounts.admin);
      for (const path of ["/admin/organizations", "/admin/users", "/admin/api-keys", "/admin/audit", "/admin/failed-jobs"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByRole("table").first()).toBeVisible();
        await expectNoSeriousViolations(page, `${path} (${locale})`);
      }
    });

    test("the 403 and 404 pages", async ({ page }) => {
      await signInAs(page, accounts.betaUploader);
      expect((await page.goto("/admin/users"))?.status()).toBe(403);
      await expectLocale(page, locale);
      await expectNoSeriousViolations(page, `403 (${locale})`);
      expect((await page.goto("/population-migration/00000000-0000-4000-8000-000000000000"))?.status()).toBe(404);
      await expectNoSeriousViolations(page, `request 404 (${locale})`);
      expect((await page.goto("/no-such-page"))?.status()).toBe(404);
      await expectNoSeriousViolations(page, `404 (${locale})`);
    });
  });
}
