import { expect, test, type Page } from "@playwright/test";
import { accounts, PASSWORD, signInAs } from "./support/accounts";
import { completedBatch } from "./support/api";
import { csvOf, eid, goodRow, sandboxErrorEid } from "./support/csv";
import { expectNoEnglish, expectNoSeriousViolations, expectNoSideScroll } from "./support/page-checks";

// Issue #15, before upload: a refused file is fixed entirely in the browser and uploaded. The
// file has a byte-order mark, ISO dates, hyphenated Emirates IDs, a value with surrounding
// spaces, a date of birth only a hand edit can fix, and an Emirates ID in scientific notation
// that cannot be recovered and must be excluded.
test.describe.configure({ mode: "serial", timeout: 240_000 });

const hyphenated = (id: string) => `${id.slice(0, 3)}-${id.slice(3, 7)}-${id.slice(7, 14)}-${id.slice(14)}`;

/** Lines 2–10 of the file (line 1 is the header); the comment says what each line needs. */
function brokenCsv(): string {
  const rows = [
    goodRow({ onboarding_date: "2024-03-12" }), // 2: ISO date
    goodRow({ eid_issue_date: "2024-01-01" }), // 3: ISO date
    goodRow({ eid_number: hyphenated(eid("1991", "1234567")) }), // 4: hyphenated
    goodRow({ eid_number: hyphenated(eid("1992", "7654321")) }), // 5: hyphenated
    goodRow({ customer_id: `C${Date.now()} ` }), // 6: a trailing space
    goodRow({ dob: "27/07/2090" }), // 7: born in the future: a hand edit
    goodRow({ eid_number: "7.84199012345678E+14" }), // 8: scientific notation: exclude
    goodRow(),
    goodRow(),
  ];
  return `\uFEFF${csvOf(rows)}`;
}

async function chooseFile(page: Page, name: string, content: string) {
  const dialog = page.getByRole("dialog").first();
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
}

/** Whether leaving the page now would ask (the beforeunload handler cancels the unload). */
const leavingAsks = (page: Page) =>
  page.evaluate(() => {
    const event = new Event("beforeunload", { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  });

test("a file with five kinds of errors is fixed in the browser and uploaded with its correction", async ({ page }) => {
  const name = `correction-${Date.now()}.csv`;
  await signInAs(page, accounts.alphaUploader);
  await page.getByRole("button", { name: "Upload File" }).click();
  const upload = page.getByRole("dialog", { name: "Upload File" });
  await chooseFile(page, name, brokenCsv());
  await expect(upload.getByRole("button", { name: "Upload File", exact: true })).toBeDisabled();

  await upload.getByRole("button", { name: "Fix in the browser" }).click();
  const grid = page.getByRole("dialog", { name: `Fix “${name}” in the browser` });
  await expect(grid.getByRole("region", { name: "Rows to correct" })).toBeVisible();
  await expect(grid.getByRole("button", { name: "Use corrected file" })).toBeDisabled();

  // The one-click fixes, each with its count; nothing changes before the click.
  const iso = grid.getByRole("button", { name: "Rewrite 2 dates from YYYY-MM-DD to DD/MM/YYYY" });
  await expect(iso).toBeVisible();
  await expect(grid.getByRole("textbox", { name: "onboarding_date, line 2" })).toHaveValue("2024-03-12");
  await iso.click();
  await expect(grid.getByRole("status").filter({ hasText: "2 dates rewritten as DD/MM/YYYY." })).toBeVisible();
  await expect(grid.getByRole("textbox", { name: "onboarding_date, line 2" })).toHaveValue("12/03/2024");
  await grid.getByRole("button", { name: "Remove the hyphens from 2 Emirates IDs" }).click();
  await expect(grid.getByText("2 Emirates IDs written as 15 digits.")).toBeVisible();
  await grid.getByRole("button", { name: "Remove the spaces around 1 value" }).click();
  await expect(grid.getByText("Spaces removed around 1 value.")).toBeVisible();
  await grid.getByRole("button", { name: "Remove the byte-order mark at the start of the file" }).click();
  await expect(grid.getByText("The byte-order mark was removed.")).toBeVisible();

  // A scientific-notation ID is never offered as a fix: the cell says why, and the row is excluded.
  const scientific = grid.getByRole("textbox", { name: "eid_number, line 8" });
  await expect(scientific).toHaveAttribute("aria-invalid", "true");
  await expect(grid.getByText(/cannot be recovered from this file/).first()).toBeVisible();

  // A hand edit that still breaks the template keeps the cell invalid with the rule's message.
  const dob = grid.getByRole("textbox", { name: "dob, line 7" });
  await expect(dob).toHaveAttribute("aria-invalid", "true");
  await dob.fill("31/02/1993");
  await dob.press("Enter");
  await expect(dob).toHaveAttribute("aria-invalid", "true");
  const description = page.locator(`[id="${await dob.getAttribute("aria-describedby")}"]`);
  await expect(description).toContainText("In the file: 27/07/2090");
  await expect(description).not.toContainText("future");
  await expectNoSeriousViolations(page, "the correction grid with an invalid cell");

  // Back to the upload keeps the edits; closing the dialog now asks first, and so does leaving the page.
  await expect.poll(() => leavingAsks(page)).toBe(true);
  await grid.getByRole("button", { name: "Back to the upload" }).click();
  await expect(grid).toBeHidden();
  await page.keyboard.press("Escape");
  const confirm = page.getByRole("alertdialog", { name: "Discard your corrections?" });
  await expect(confirm).toBeVisible();
  await confirm.getByRole("button", { name: "Keep editing" }).click();
  await expect(upload).toBeVisible();

  await upload.getByRole("button", { name: "Fix in the browser" }).click();
  await expect(grid.getByRole("textbox", { name: "dob, line 7" })).toHaveValue("31/02/1993");
  await grid.getByRole("textbox", { name: "dob, line 7" }).fill("27/07/1993");
  await grid.getByRole("textbox", { name: "dob, line 7" }).press("Enter");
  await expect(grid.getByRole("textbox", { name: "dob, line 7" })).not.toHaveAttribute("aria-invalid", "true");
  await grid.getByRole("checkbox", { name: "Exclude line 8" }).check();
  await expect(grid.getByText("No errors left")).toBeVisible();
  await expect(grid.getByText("1 row excluded")).toBeVisible();
  await grid.getByRole("radio", { name: "Excluded" }).check();
  await expect(grid.getByRole("checkbox", { name: "Exclude line 8" })).toBeChecked();

  // The rebuilt file is checked again like any chosen file, then uploaded with its correction.
  await grid.getByRole("button", { name: "Use corrected file" }).click();
  await expect(grid).toBeHidden();
  const corrected = name.replace(/\.csv$/, " (corrected).csv");
  await expect(upload.getByText(/Corrected in the browser \(6 cells changed, 1 row excluded\)/)).toBeVisible();
  await expect(upload.getByText("No problems found in 8 records.", { exact: true })).toBeVisible({ timeout: 30_000 });
  const created = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/requests");
  await upload.getByRole("button", { name: "Upload File", exact: true }).click();
  const body = (await created).postDataJSON() as Record<string, unknown>;
  // The server does not store the correction yet (branch `lineage`): what the browser sent is asserted.
  expect(body).toMatchObject({ fileName: corrected, correction: { source: "grid", cellsChanged: 6, rowsExcluded: 1 } });
  expect(body).not.toHaveProperty("resubmissionOfId");
  expect(body.correction).not.toHaveProperty("parentCodes");
  await expect(page.getByText("File uploaded and verified. Waiting for approval.")).toBeVisible({ timeout: 30_000 });
  expect(await leavingAsks(page)).toBe(false);
  await expect(page.getByRole("row").filter({ hasText: corrected })).toBeVisible();
});

test("in Arabic on a 390 px phone the grid reads right to left, in Arabic, without sideways scrolling", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: test.info().project.use.baseURL! }]);
  const page = await context.newPage();
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(accounts.alphaUploader);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/population-migration$/);
  await page.getByRole("button", { name: "رفع ملف" }).click();
  const name = `correction-ar-${Date.now()}.csv`;
  await chooseFile(page, name, brokenCsv());
  await page.getByRole("button", { name: "التصحيح في المتصفح" }).click();
  const grid = page.getByRole("dialog", { name: `تصحيح «${name}» في المتصفح` });
  await expect(grid.getByRole("region", { name: "صفوف الملف للتصحيح" })).toBeVisible();
  await expect(grid.getByRole("textbox", { name: "dob، السطر 7" })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(grid.getByRole("textbox", { name: "eid_number، السطر 2" })).toHaveAttribute("dir", "ltr");
  await expectNoSideScroll(page, "the correction grid on a phone");
  await expectNoEnglish(page, "the correction grid");
  await expectNoSeriousViolations(page, "the correction grid in Arabic on a phone");
  await context.close();
});

test("the errored-rows download taken back as it is: its columns are dropped with a notice and the upload is linked", async ({ browser, page }) => {
  const fileName = `taken-back-${Date.now()}.csv`;
  const content = csvOf([goodRow(), goodRow({ eid_number: sandboxErrorEid(1) })]);
  const id = await completedBatch(browser, fileName, content);

  await signInAs(page, accounts.alphaUploader);
  const download = await page.request.get(`/api/requests/${id}/batch/errored.csv`);
  expect(download.status()).toBe(200);
  await page.goto(`/population-migration/${id}`);
  await page.getByRole("tab", { name: "Errored records" }).click();
  await page.getByRole("button", { name: "Resubmit corrected file" }).click();
  const upload = page.getByRole("dialog", { name: "Upload File" });
  await chooseFile(page, "errored.csv", await download.text());
  await expect(upload.getByText(`This is the errored-rows download of “${fileName}”`, { exact: false })).toBeVisible({ timeout: 30_000 });
  await expect(upload.getByText("No problems found in 1 record.", { exact: true })).toBeVisible({ timeout: 30_000 });
  const created = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/requests");
  await upload.getByRole("button", { name: "Upload File", exact: true }).click();
  const body = (await created).postDataJSON() as { fileName: string; resubmissionOfId?: string; correction?: { source: string; cellsChanged: number; rowsExcluded: number; parentCodes?: Record<string, number> } };
  expect(body).toMatchObject({ fileName: "errored (corrected).csv", resubmissionOfId: id, correction: { source: "errored-download", cellsChanged: 0, rowsExcluded: 0 } });
  expect(Object.values(body.correction?.parentCodes ?? {})).toEqual([1]);
  await expect(page.getByText("File uploaded and verified. Waiting for approval.")).toBeVisible({ timeout: 30_000 });
});
