import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { accounts, PASSWORD } from "./support/accounts";
import { csvOf, goodRow, sandboxErrorEid } from "./support/csv";
import { expectNoEnglish } from "./support/page-checks";

// Issue #8: a new user switches to Arabic and completes the journey's key steps in it.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const fileName = `arabic-${Date.now()}.csv`;
const arabicName = "نورة الكعبي";
const rows = [goodRow({ name_on_eid: arabicName }), goodRow({ name_on_eid: "Kartik Naik" }), goodRow({ eid_number: sandboxErrorEid(1) })];

/** True when the text inside `locator` is laid out left to right: its first character left of its last. */
async function readsLeftToRight(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim().length > 1) ?? el.firstChild!;
    const text = node.textContent!;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect().left;
    };
    return at(0) < at(text.length - 1);
  });
}

async function expectArabic(page: Page) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
}

async function signInInArabic(page: Page, email: string) {
  await page.getByLabel("البريد الإلكتروني").fill(email);
  await page.getByLabel("كلمة المرور").fill(PASSWORD);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(page).toHaveURL(/\/population-migration$/);
}

test("the login page switches to Arabic, right to left, and the choice is remembered", async ({ page, context }) => {
  await page.goto("/login");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByLabel("Language / اللغة").selectOption("ar");
  await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();
  await expectArabic(page);

  const cookie = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE");
  expect(cookie?.value).toBe("ar");
  expect(cookie!.expires * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 3600 * 1000);

  await page.reload();
  await expectArabic(page);
  // And back: the same control, whose name is in both languages.
  await page.getByLabel("Language / اللغة").selectOption("en");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
});

test("an uploader works in Arabic: mirrored layout, Arabic validation report and error file, upload", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Language / اللغة").selectOption("ar");
  await expect(page.getByRole("heading", { name: "تسجيل الدخول" })).toBeVisible();
  await signInInArabic(page, accounts.alphaUploader);
  await expectArabic(page);
  await expect(page.getByRole("heading", { name: "طلبات ترحيل العملاء" })).toBeVisible();
  await expectNoEnglish(page, "the requests list");

  // The sidebar is on the right.
  const nav = await page.getByRole("navigation", { name: "القائمة الرئيسية" }).boundingBox();
  const main = await page.getByRole("main").boundingBox();
  expect(nav!.x).toBeGreaterThan(main!.x);

  // A broken file: the report speaks Arabic, the downloadable report too (the template's columns stay).
  await page.getByRole("button", { name: "رفع ملف" }).click();
  const dialog = page.getByRole("dialog", { name: "رفع ملف" });
  await dialog.locator('input[type="file"]').setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(csvOf([goodRow(), goodRow({ eid_number: "7.84300000001855E+14" })])) });
  await expect(dialog.getByText("رقم الهوية الإماراتية مكتوب بالصيغة العلمية لجداول البيانات؛ غالبًا ما تضيع بعض الأرقام.").first()).toBeVisible();
  await expect(dialog.getByRole("columnheader", { name: "طريقة الإصلاح" })).toBeVisible();
  await expect(dialog.getByRole("button", { name: "رفع الملف", exact: true })).toBeDisabled();
  await expectNoEnglish(page, "the upload dialog's report");
  const downloadPromise = page.waitForEvent("download");
  await dialog.getByRole("button", { name: "تنزيل تقرير الأخطاء كاملًا" }).click();
  const report = await readFile((await (await downloadPromise).path())!, "utf8");
  const [header, ...lines] = report.replace(/^\uFEFF/, "").trim().split(/\r?\n/);
  expect(header).toBe("row,column,code,severity,value,message,hint");
  expect(lines.join("\n")).toContain("EID_SCIENTIFIC");
  expect(lines.join("\n")).toContain("بالصيغة العلمية");

  // A good file with an Arabic and a Latin name.
  await dialog.getByRole("button", { name: "اختيار ملف آخر" }).click();
  await dialog.locator('input[type="file"]').setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csvOf(rows)) });
  await expect(dialog.getByText("لم تُوجد مشكلات في 3 سجلات.").first()).toBeVisible();
  await expect(dialog.locator('[aria-live="polite"]')).toHaveText("اكتمل الفحص. لم تُوجد مشكلات في 3 سجلات.");
  await expectNoEnglish(page, "the upload dialog, ready to upload");
  await dialog.getByRole("button", { name: "رفع الملف", exact: true }).click();
  await expect(page.getByText("تم رفع الملف والتحقق منه. بانتظار الموافقة.")).toBeVisible({ timeout: 30_000 });
  const row = page.getByRole("row").filter({ hasText: fileName });
  await expect(row).toContainText("بانتظار الموافقة");
  await expect(row).toContainText("لم تُعالَج الدفعة");

  // Signing out keeps the language.
  await page.getByRole("button", { name: "تسجيل الخروج" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expectArabic(page);
});

test("an approver approves in Arabic and follows the batch; names in both scripts display", async ({ page, context }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: test.info().project.use.baseURL ?? "http://localhost:3210" }]);
  await page.goto("/login");
  await signInInArabic(page, accounts.alphaApprover);
  const row = page.getByRole("row").filter({ hasText: fileName });
  await row.getByRole("button", { name: `إجراءات ${fileName}` }).click();
  await page.getByRole("menuitem", { name: "المراجعة والموافقة" }).click();
  await expect(page.getByRole("heading", { name: "مراجعة هذا الملف" })).toBeVisible();
  await expect(page.getByText(arabicName).first()).toBeVisible();
  await expectNoEnglish(page, "the review");
  await page.getByRole("button", { name: "موافقة", exact: true }).click();
  await page.getByRole("button", { name: /^نعم، وافق/ }).click();

  await expect(page.getByTestId("batch-id")).toHaveText(/[0-9a-f]{8}-[0-9a-f]{4}-/, { timeout: 60_000 });
  await expect(page.getByText("مكتملة").first()).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("progressbar", { name: "السجلات المعالَجة" })).toHaveAttribute("aria-valuenow", "3");
  await expectArabic(page);
  await expectNoEnglish(page, "View Details");

  await page.getByRole("tab", { name: "السجلات", exact: true }).click();
  await expect(page.getByRole("cell", { name: arabicName })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Kartik Naik" })).toBeVisible();
  await expectNoEnglish(page, "the records");
  // Masked Emirates IDs keep their order, 784 first, in a right-to-left table.
  const maskedEid = page.getByRole("cell").locator("bdi").filter({ hasText: /^784-\*{4}-\*{4}\d{3}-\d$/ }).first();
  expect(await readsLeftToRight(maskedEid)).toBe(true);

  // The customer profile: sections and labels in Arabic, the Emirates ID in order.
  await page.getByRole("button", { name: new RegExp(rows[0]!.customer_id!) }).click();
  await expect(page.getByRole("tab", { name: "ملف العميل", selected: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "المعلومات الشخصية" })).toBeVisible();
  await expect(page.getByText("الاسم الكامل (بالعربية)")).toBeVisible();
  await expectNoEnglish(page, "the customer profile");
  const profileEid = page.getByText(/^784-\*{4}-\*{4}\d{3}-\d$/).first();
  await expect(profileEid).toBeVisible();
  expect(await readsLeftToRight(profileEid)).toBe(true);
  await page.getByRole("tab", { name: "السجلات الخاطئة" }).click();
  await expect(page.getByText("RESIDENT_NOT_FOUND").first()).toBeVisible();
  await expectNoEnglish(page, "the errored records");
  // The row as uploaded keeps its (masked) Emirates ID in order, 784 first.
  const erroredEid = page.locator("td bdi").filter({ hasText: /^784-\*{4}-\*{4}\d{3}-\d$/ }).first();
  expect(await readsLeftToRight(erroredEid)).toBe(true);
  await page.getByRole("tab", { name: "مخطط الملخص" }).click();
  await expect(page.getByRole("heading", { name: "النجاح والفشل" })).toBeVisible();
  await expectNoEnglish(page, "the summary chart");
});

test("a new user on a phone, in Arabic: upload → approval → details → profile, never wider than the screen and without English", async ({ browser }) => {
  const phone = { viewport: { width: 390, height: 844 }, baseURL: test.info().project.use.baseURL };
  const phoneFile = `arabic-phone-${Date.now()}.csv`;
  const phoneName = "مريم الشامسي";
  const phoneRows = [goodRow({ name_on_eid: phoneName }), goodRow({ eid_number: sandboxErrorEid(1) })];
  async function checkScreen(page: Page, where: string) {
    await expectArabic(page);
    await expectNoEnglish(page, `${where} (phone)`);
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), { message: `${where} scrolls sideways` }).toBeLessThanOrEqual(0);
  }
  async function signedIn(email: string) {
    const context = await browser.newContext(phone);
    await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: phone.baseURL ?? "http://localhost:3210" }]);
    const page = await context.newPage();
    await page.goto("/login");
    await checkScreen(page, "the login page");
    await signInInArabic(page, email);
    return { context, page };
  }

  const uploader = await signedIn(accounts.alphaUploader);
  await checkScreen(uploader.page, "the requests list");
  await uploader.page.getByRole("button", { name: "رفع ملف" }).click();
  const dialog = uploader.page.getByRole("dialog", { name: "رفع ملف" });
  await dialog.locator('input[type="file"]').setInputFiles({ name: phoneFile, mimeType: "text/csv", buffer: Buffer.from(csvOf(phoneRows)) });
  await expect(dialog.getByText(/^لم تُوجد مشكلات في/).first()).toBeVisible();
  await checkScreen(uploader.page, "the upload dialog");
  await dialog.getByRole("button", { name: "رفع الملف", exact: true }).click();
  await expect(uploader.page.getByText("تم رفع الملف والتحقق منه. بانتظار الموافقة.")).toBeVisible({ timeout: 30_000 });
  await checkScreen(uploader.page, "the list after the upload");
  await uploader.context.close();

  const { context, page } = await signedIn(accounts.alphaApprover);
  await page.getByRole("button", { name: `إجراءات ${phoneFile}` }).click();
  await page.getByRole("menuitem", { name: "المراجعة والموافقة" }).click();
  await expect(page.getByRole("heading", { name: "مراجعة هذا الملف" })).toBeVisible();
  await checkScreen(page, "the review");
  await page.getByRole("button", { name: "موافقة", exact: true }).click();
  await page.getByRole("button", { name: /^نعم، وافق/ }).click();
  await expect(page.getByText("مكتملة").first()).toBeVisible({ timeout: 90_000 });
  await checkScreen(page, "View Details");
  await page.getByRole("tab", { name: "السجلات", exact: true }).click();
  await expect(page.getByText(phoneName).first()).toBeVisible();
  await checkScreen(page, "the records");
  await page.getByRole("button", { name: new RegExp(phoneRows[0]!.customer_id!) }).click();
  await expect(page.getByRole("heading", { name: "المعلومات الشخصية" })).toBeVisible();
  await checkScreen(page, "the customer profile");
  await context.close();
});

test("an administrator works in Arabic: admin pages, a validation error, a refusal and the chain check have no English", async ({ page, context }) => {
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: test.info().project.use.baseURL ?? "http://localhost:3210" }]);
  await page.goto("/login");
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill(accounts.admin);
  await page.getByLabel("كلمة المرور", { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: "تسجيل الدخول" }).click();
  await expect(page).toHaveURL(/\/population-migration$/);
  const alert = page.locator("main").getByRole("alert");

  // Organizations: the browser's check (too short a name), then the server's refusal of an address off the allow-list.
  await page.goto("/admin/organizations");
  await page.getByLabel("اسم المؤسسة", { exact: true }).fill("x");
  await page.getByRole("button", { name: "إنشاء مؤسسة" }).click();
  await expect(alert).toHaveText("يرجى تصحيح النموذج: أدخل حرفين على الأقل.");
  await expectNoEnglish(page, "the organizations page, with a validation error");
  await page.getByLabel("اسم المؤسسة", { exact: true }).fill(`مؤسسة ${Date.now()}`);
  await page.getByLabel("عنوان واجهة الرقمنة الأساسي", { exact: true }).fill("https://evil.example/v1");
  await page.getByRole("button", { name: "إنشاء مؤسسة" }).click();
  await expect(alert).toContainText("المضيف evil.example غير مسموح به لواجهة الرقمنة");
  await expectNoEnglish(page, "the organizations page, with a refusal");

  // Users: an invalid email and a password the server's policy refuses (a 400 worded from its codes).
  await page.goto("/admin/users");
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill("not-an-email");
  await page.getByLabel("الاسم الكامل", { exact: true }).fill("مستخدم تجريبي");
  await page.getByRole("button", { name: "إنشاء مستخدم" }).click();
  await expect(alert).toContainText("أدخل عنوان بريد إلكتروني صحيحًا.");
  await expectNoEnglish(page, "the users page, with a validation error");
  await page.getByLabel("البريد الإلكتروني", { exact: true }).fill(`ar-${Date.now()}@e2e.example`);
  await page.locator('input[name="roles"][value="ADMIN"]').check();
  await page.getByLabel("كلمة المرور لمرة واحدة", { exact: true }).fill("short");
  await page.getByRole("button", { name: "إنشاء مستخدم" }).click();
  await expect(alert).toHaveText("يرجى تصحيح النموذج: أدخل 12 حرفًا على الأقل.");
  await expectNoEnglish(page, "the users page, with the server's refusal");

  await page.goto("/admin/api-keys");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoEnglish(page, "the API keys page");

  await page.goto("/admin/audit");
  await page.getByRole("button", { name: "التحقق من السلسلة" }).click();
  await expect(page.getByTestId("chain-status")).toHaveText(/^السلسلة سليمة \(/);
  await expectNoEnglish(page, "the audit log, after the chain check");

  await page.goto("/admin/failed-jobs");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoEnglish(page, "the failed jobs page");
});
