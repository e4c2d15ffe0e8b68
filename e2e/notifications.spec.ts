import type { ParsedMail } from "mailparser";
import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import type { NotificationList } from "@/lib/notifications/contracts";
import { accounts, PASSWORD, signInAs } from "./support/accounts";
import { apiAs, uploadCsv } from "./support/api";
import { csvOf, goodRow, sandboxErrorEid, sha256 } from "./support/csv";
import { readMailbox, recipientOf } from "./support/mailbox";
import { E2E_PORT } from "./support/sandbox-url";

// Issue #16: notifications in the portal (the bell) and by e-mail, through a real SMTP server on
// loopback (e2e/support/mailbox.ts, started by the global setup; the portal's SMTP_URL points at it).
test.describe.configure({ mode: "serial", timeout: 180_000 });

const stamp = Date.now();
const requestUrl = (id: string) => `http://localhost:${E2E_PORT}/population-migration/${id}`;

/** The e-mail to `to` about request `id` with this subject, once it has arrived: exactly one (never sent twice). */
async function mailTo(to: string, id: string, subject: string): Promise<ParsedMail> {
  const matching = async () => (await readMailbox()).filter((m) => recipientOf(m) === to && m.subject === subject && m.text?.includes(id));
  await expect.poll(async () => (await matching()).length, { timeout: 90_000 }).toBe(1);
  return (await matching())[0]!;
}

async function notificationsOf(api: APIRequestContext): Promise<NotificationList> {
  const response = await api.get("/api/notifications");
  expect(response.status()).toBe(200);
  return response.json();
}

async function signInArabic(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: test.info().project.use.baseURL ?? `http://localhost:${E2E_PORT}` }]);
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/population-migration$/);
  return page;
}

test("an upload notifies the organization's approvers in the bell and by e-mail, and not the uploader", async ({ browser, page }) => {
  const uploader = await apiAs(browser, accounts.alphaUploader);
  const fileName = `notify-upload-${stamp}.csv`;
  const { id, complete } = await uploadCsv(uploader, fileName, csvOf([goodRow(), goodRow()]));
  expect(complete?.status()).toBe(200);

  const mail = await mailTo(accounts.alphaApprover, id!, "KYC Portal: A file awaits your approval");
  expect(mail.text).toContain("2 records to review.");
  expect(mail.text).toContain(fileName);
  expect(mail.text).toContain(requestUrl(id!));
  expect(mail.html).toContain(`href="${requestUrl(id!)}"`);
  // Beta's approver and the uploader (their own action) get nothing about it.
  const others = (await readMailbox()).filter((m) => m.text?.includes(id!)).map(recipientOf);
  expect(others).toEqual([accounts.alphaApprover]);
  expect((await notificationsOf(uploader)).items.filter((n) => n.requestId === id)).toEqual([]);
  expect((await notificationsOf(await apiAs(browser, accounts.betaApprover))).items.filter((n) => n.requestId === id)).toEqual([]);

  // A second file keeps one notification unread after the first is opened, for "Mark all as read"
  // (which shows only while something is unread): the spec must not lean on other specs' notifications.
  expect((await uploadCsv(uploader, `notify-upload-second-${stamp}.csv`, csvOf([goodRow()]))).complete?.status()).toBe(200);

  // The bell: its name says how many are unread; the list opens with the keyboard; an item leads to its request and is read.
  await signInAs(page, accounts.alphaApprover);
  const bell = page.getByRole("button", { name: /^Notifications, \d+ unread$/ });
  await bell.focus();
  await page.keyboard.press("Enter");
  const list = page.getByRole("dialog", { name: "Notifications" });
  const item = list.getByTestId("notification-item").filter({ hasText: fileName });
  await expect(item).toContainText("A file awaits your approval");
  await expect(item).toHaveAttribute("data-read", "false");
  await page.keyboard.press("Escape");
  await expect(list).toBeHidden();
  await expect(bell).toBeFocused();
  await bell.click();
  await item.click();
  await expect(page).toHaveURL(new RegExp(`/population-migration/${id}$`));
  const approver = page.context().request;
  await expect.poll(async () => (await notificationsOf(approver)).items.find((n) => n.requestId === id)?.read).toBe(true);

  // Mark all as read empties the count.
  await page.getByRole("button", { name: /^Notifications, / }).click();
  await page.getByRole("button", { name: "Mark all as read" }).click();
  await expect(page.getByRole("button", { name: "Notifications, none unread" })).toBeVisible();
});

test("a rejection's reason reaches the uploader in the bell and by e-mail; nobody marks another's notification read", async ({ browser, page }) => {
  const uploader = await apiAs(browser, accounts.alphaUploader);
  const fileName = `notify-reject-${stamp}.csv`;
  const { id, complete } = await uploadCsv(uploader, fileName, csvOf([goodRow()]));
  expect(complete?.status()).toBe(200);
  const approver = await apiAs(browser, accounts.alphaApprover);
  const reason = "Wrong branch: use the March template";
  expect((await approver.post(`/api/requests/${id}/reject`, { data: { reason } })).status()).toBe(200);

  const mail = await mailTo(accounts.alphaUploader, id!, "KYC Portal: Your file was rejected");
  expect(mail.text).toContain(`Reason: ${reason}`);

  await signInAs(page, accounts.alphaUploader);
  await page.getByRole("button", { name: /^Notifications, \d+ unread$/ }).click();
  const item = page.getByTestId("notification-item").filter({ hasText: fileName });
  await expect(item).toContainText("Your file was rejected");
  await expect(item).toContainText(reason);

  // Another user's notification is a 404 to mark read, exactly like a missing one, and stays unread.
  const theirs = (await notificationsOf(uploader)).items.find((n) => n.requestId === id)!;
  const refused = await approver.post("/api/notifications/read", { data: { id: theirs.id } });
  expect(refused.status()).toBe(404);
  expect((await notificationsOf(uploader)).items.find((n) => n.id === theirs.id)?.read).toBe(false);
});

test("the uploader is told of the completed batch with its counts, in Arabic for an Arabic user, in the bell and by e-mail", async ({ browser }) => {
  // Signing in with Arabic chosen records it on the account: e-mails follow it.
  const arabicPage = await signInArabic(browser, accounts.alphaUploader);
  const uploader = arabicPage.context().request;
  try {
    const fileName = `notify-batch-${stamp}.csv`;
    const content = csvOf([goodRow(), goodRow(), goodRow({ eid_number: sandboxErrorEid(1) })]);
    const { id, complete } = await uploadCsv(uploader, fileName, content);
    expect(complete?.status()).toBe(200);
    const approver = await apiAs(browser, accounts.alphaApprover);
    expect((await approver.post(`/api/requests/${id}/approve`, { data: { sha256: sha256(content) } })).status()).toBe(200);

    await mailTo(accounts.alphaUploader, id!, "بوابة اعرف عميلك: تمت الموافقة على ملفك");
    const completed = await mailTo(accounts.alphaUploader, id!, "بوابة اعرف عميلك: اكتملت الدفعة");
    expect(completed.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(completed.text).toContain("نجح 2 من أصل 3 سجلات، وأخفق 1.");
    expect(completed.text).toContain(requestUrl(id!));
    // The approvers hear of the completion too (in English: their language).
    expect((await mailTo(accounts.alphaApprover, id!, "KYC Portal: Batch completed")).text).toContain("2 of 3 records succeeded; 1 failed.");

    await arabicPage.reload();
    await arabicPage.getByRole("button", { name: /^الإشعارات، / }).click();
    const item = arabicPage.getByTestId("notification-item").filter({ hasText: fileName }).filter({ hasText: "اكتملت الدفعة" });
    await expect(item).toContainText("نجح 2 من أصل 3 سجلات، وأخفق 1.");
  } finally {
    // Back to English for the rest of the run's e-mails.
    expect((await uploader.put("/api/account/language", { data: { language: "en" } })).status()).toBe(200);
    await arabicPage.context().close();
  }
});
