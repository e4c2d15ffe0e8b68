import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { LineageDto, RequestDetail } from "@/lib/requests/contracts";
import { accounts, signInAs } from "./support/accounts";
import { apiAs, uploadCsv } from "./support/api";
import { csvOf, goodRow, sandboxErrorEid, sha256 } from "./support/csv";

// Issue #15's lineage: a processed batch with failures, its failed customers corrected in the
// browser's grid from View Details and resubmitted, approved by another user and completed; the
// original then shows its chain and what became of its customers, and the list's "customers
// still failing" filter lets it go.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const stamp = Date.now();
const fileName = `lineage-original-${stamp}.csv`;
// "Correct in the browser" names the corrected file after the original.
const correctedName = `lineage-original-${stamp} (corrected).csv`;
const failing = [goodRow({ eid_number: sandboxErrorEid(1) }), goodRow({ eid_number: sandboxErrorEid(3) })];
const rows = [goodRow(), goodRow(), goodRow(), ...failing];
let originalId = "";

async function waitForBatchEnd(api: APIRequestContext, id: string) {
  await expect.poll(async () => ((await (await api.get(`/api/requests/${id}`)).json()) as RequestDetail).batchStatus, { timeout: 90_000 }).toBe("completed");
}

const failingFilter = (q: string) => `/population-migration?failing=1&q=${encodeURIComponent(q)}`;

test("a processed batch with failures is listed under customers still failing", async ({ browser, page }) => {
  const uploader = await apiAs(browser, accounts.alphaUploader);
  const content = csvOf(rows);
  const { id, complete } = await uploadCsv(uploader, fileName, content);
  expect(complete?.status()).toBe(200);
  originalId = id!;
  const approver = await apiAs(browser, accounts.alphaApprover);
  expect((await approver.post(`/api/requests/${originalId}/approve`, { data: { sha256: sha256(content) } })).status()).toBe(200);
  await waitForBatchEnd(uploader, originalId);

  await signInAs(page, accounts.alphaUploader);
  await page.goto(`/population-migration?q=${encodeURIComponent(fileName)}`);
  await expect(page.getByRole("row").filter({ hasText: fileName })).toBeVisible();
  // The box follows the address bar (the list's state lives in the URL): click, then wait for both.
  const filter = page.getByRole("checkbox", { name: "Customers still failing" });
  await filter.click();
  await expect(page).toHaveURL(/failing=1/);
  await expect(filter).toBeChecked();
  await expect(page.getByRole("row").filter({ hasText: fileName })).toBeVisible();
});

test("the failed customers are corrected in the browser from View Details and resubmitted, linked", async ({ page }) => {
  await signInAs(page, accounts.alphaUploader);
  await page.goto(`/population-migration/${originalId}`);
  await page.getByRole("tab", { name: "Errored records" }).click();
  await expect(page.getByText("RESIDENT_NOT_FOUND").first()).toBeVisible();
  // The errored rows open in the correction grid with the platform's errors beside them; the
  // same customers get Emirates IDs the registry knows.
  await page.getByRole("button", { name: "Correct in the browser" }).click();
  const grid = page.getByRole("dialog", { name: `Fix “${fileName}” in the browser` });
  await expect(grid.getByRole("region", { name: "Rows to correct" })).toBeVisible();
  await expect(grid.getByText("RESIDENT_NOT_FOUND").first()).toBeVisible();
  for (const line of [2, 3]) {
    const cell = grid.getByRole("textbox", { name: `eid_number, line ${line}` });
    await cell.fill(goodRow().eid_number!);
    await cell.press("Enter");
    await expect(cell).not.toHaveAttribute("aria-invalid", "true");
  }
  await grid.getByRole("button", { name: "Use corrected file" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload File" });
  await expect(dialog.getByText(/Corrected in the browser \(2 cells changed, 0 rows excluded\)/)).toBeVisible();
  await expect(dialog.getByText("No problems found in 2 records.", { exact: true })).toBeVisible({ timeout: 30_000 });
  const created = page.waitForRequest((r) => r.url().endsWith("/api/requests") && r.method() === "POST");
  await dialog.getByRole("button", { name: "Upload File", exact: true }).click();
  expect((await created).postDataJSON()).toMatchObject({ fileName: correctedName, resubmissionOfId: originalId, correction: { source: "grid", cellsChanged: 2, rowsExcluded: 0 } });
  await expect(page.getByText("File uploaded and verified. Waiting for approval.")).toBeVisible({ timeout: 30_000 });

  await page.reload();
  const lineage = page.getByTestId("lineage");
  await expect(lineage.getByText("Correction 1")).toBeVisible();
  await expect(lineage.getByText("corrects the original")).toBeVisible();
  await expect(lineage.getByRole("link", { name: correctedName })).toBeVisible();
  await expect(lineage.getByText("Pending Approval")).toBeVisible();
  await expect(page.getByTestId("lineage-outcome")).toContainText("Of 5 customers, 3 digitized; 2 still failing. 2 of them are in a correction on its way.");
  // One correction on its way at a time: the buttons are gone until this one ends.
  await expect(page.getByRole("button", { name: "Resubmit corrected file" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Correct in the browser" })).toHaveCount(0);
});

test("another user approves the correction; once completed the original shows the chain and the outcome, and the filter lets it go", async ({ browser, page }) => {
  await signInAs(page, accounts.alphaApprover);
  await page.goto(`/population-migration/${originalId}`);
  await page.getByTestId("lineage").getByRole("link", { name: correctedName }).click();
  await expect(page.getByRole("heading", { name: correctedName })).toBeVisible();
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.getByRole("button", { name: "Yes, approve 2 records" }).click();
  const correctionId = new URL(page.url()).pathname.split("/").at(-1)!;
  await waitForBatchEnd(await apiAs(browser, accounts.alphaApprover), correctionId);

  await page.goto(`/population-migration/${originalId}`);
  const outcome = page.getByTestId("lineage-outcome");
  await expect(outcome).toContainText("Of 5 customers, 5 digitized after 1 correction; 0 still failing.");
  await expect(outcome).toContainText("Every customer of the original file is digitized.");
  const lineage = page.getByTestId("lineage");
  await expect(lineage.getByText(/2 records · 2 digitized, 0 failed/)).toBeVisible();
  await expect(lineage.getByText(/5 records · 3 digitized, 2 failed/)).toBeVisible();

  // The correction's own page shows the same lineage, and how it was made.
  await page.goto(`/population-migration/${correctionId}`);
  await expect(page.getByTestId("lineage-outcome")).toContainText("5 digitized after 1 correction");
  await expect(page.getByTestId("lineage").getByRole("link", { name: fileName })).toBeVisible();

  await page.goto(failingFilter(fileName));
  await expect(page.getByText("No requests match these filters.")).toBeVisible();
});

test("another organization's lineage answers 404; the administrator reads its counts", async ({ browser }) => {
  const beta = await apiAs(browser, accounts.betaUploader);
  expect((await beta.get(`/api/requests/${originalId}/lineage`)).status()).toBe(404);
  const admin = await apiAs(browser, accounts.admin);
  const lineage = (await (await admin.get(`/api/requests/${originalId}/lineage`)).json()) as LineageDto;
  expect(lineage.outcome).toMatchObject({ customers: 5, digitized: 5, stillFailing: 0, completedCorrections: 1 });
  expect(lineage.steps).toHaveLength(2);
});

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('[data-testid="lineage"]').withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

test("the lineage panel passes axe in English and in Arabic, where it reads right to left in Arabic words", async ({ page, context, baseURL }) => {
  await signInAs(page, accounts.alphaUploader);
  await page.goto(`/population-migration/${originalId}`);
  await expect(page.getByTestId("lineage-outcome")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await context.addCookies([{ name: "NEXT_LOCALE", value: "ar", url: baseURL! }]);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const panel = page.getByTestId("lineage");
  await expect(panel.getByRole("heading", { name: "التصحيحات والنتيجة" })).toBeVisible();
  await expect(page.getByTestId("lineage-outcome")).toContainText("رُقمن جميع عملاء الملف الأصلي.");
  await expect(panel.getByText("التصحيح 1")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
