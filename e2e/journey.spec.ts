import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { accounts, signInAs } from "./support/accounts";
import { csvOf, eid, goodRow, sandboxErrorEid } from "./support/csv";

// The whole life of a migration request in the browser, as issue #4's "Done when" describes it.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const fileName = `alpha-customers-${Date.now()}.csv`;
const residentNotFoundRow = goodRow({ eid_number: sandboxErrorEid(1), name_on_eid: "Resident Missing" });
const rows = [goodRow(), goodRow(), goodRow({ name_on_eid: "نورة الكعبي" }), residentNotFoundRow, goodRow({ eid_number: sandboxErrorEid(3) })];
let requestUrl = "";

async function chooseFile(page: Page, name: string, content: string) {
  await page.getByRole("button", { name: "Upload File" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload File" });
  await expect(dialog).toBeVisible();
  await dialog.locator('input[type="file"]').setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
  return dialog;
}

test("an uploader validates and uploads a file; it waits for approval with no batch", async ({ page }) => {
  await signInAs(page, accounts.alphaUploader);
  const dialog = await chooseFile(page, fileName, csvOf(rows));
  await expect(dialog.getByText(/[0-9a-f]{64}/)).toBeVisible();
  await dialog.getByRole("button", { name: "Upload File", exact: true }).click();
  await expect(page.getByText("File uploaded and verified. Waiting for approval.")).toBeVisible({ timeout: 30_000 });

  const row = page.getByRole("row").filter({ hasText: fileName });
  await expect(row).toContainText("Uploaded");
  await expect(row).toContainText("Pending Approval");
  await expect(row).toContainText("Batch Not Processed");
  await row.getByRole("button", { name: `Actions for ${fileName}` }).click();
  await expect(page.getByRole("menuitem", { name: "Review and approve" })).toHaveCount(0);
  await page.getByRole("menuitem", { name: "View Details" }).click();
  await expect(page).toHaveURL(/\/population-migration\/[0-9a-f-]{36}$/);
  requestUrl = new URL(page.url()).pathname;
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
});

test("a file with a broken row cannot be uploaded, and the dialog says which row and column", async ({ page }) => {
  await signInAs(page, accounts.alphaUploader);
  const dialog = await chooseFile(page, "broken.csv", csvOf([goodRow(), goodRow({ eid_number: "7.84300000001855E+14" })]));
  await expect(dialog.getByText(/scientific/i).first()).toBeVisible();
  await expect(dialog.getByRole("cell", { name: "3", exact: true }).first()).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Upload File", exact: true })).toBeDisabled();
});

test("Beta Exchange sees none of Alpha Bank's requests by any URL", async ({ page }) => {
  await signInAs(page, accounts.betaUploader);
  await expect(page.getByRole("row").filter({ hasText: fileName })).toHaveCount(0);
  const response = await page.goto(requestUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(fileName)).toHaveCount(0);
  const requestId = requestUrl.split("/").pop();
  for (const api of [`/api/requests/${requestId}`, `/api/requests/${requestId}/batch/status`, `/api/requests/${requestId}/batch/records`, `/api/requests/${requestId}/batch/errored.csv`]) {
    expect((await page.request.get(api)).status(), api).toBe(404);
  }
});

test("an approver reviews masked sample rows, approves, and follows the batch to completion", async ({ page }) => {
  await signInAs(page, accounts.alphaApprover);
  const row = page.getByRole("row").filter({ hasText: fileName });
  await row.getByRole("button", { name: `Actions for ${fileName}` }).click();
  await page.getByRole("menuitem", { name: "Review and approve" }).click();
  await expect(page.getByText(/784-\*{4}-\*{4}\d{3}-\d/).first()).toBeVisible();
  await expect(page.getByText(rows[0]!.eid_number!)).toHaveCount(0);
  // Approving asks first, naming the record count and the digest; Cancel backs out.
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  const confirmation = page.getByTestId("approve-confirm-text");
  await expect(confirmation).toContainText(`${rows.length} records`);
  await expect(confirmation).toContainText(/[0-9a-f]{4}…[0-9a-f]{4}/);
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(page.getByTestId("batch-id")).toHaveText("Batch Not Processed");
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await page.getByRole("button", { name: `Yes, approve ${rows.length} records` }).click();

  await expect(page.getByText(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText("Completed").first()).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("progressbar", { name: "Records processed" })).toHaveAttribute("aria-valuenow", /\d+/);
});

test("every record, the errored ones with their input, a customer's profile; download, fix and resubmit", async ({ page }) => {
  await signInAs(page, accounts.alphaUploader);
  await page.goto(requestUrl);
  await page.getByRole("tab", { name: "Records", exact: true }).click();
  await expect(page.getByText(rows[1]!.customer_id!)).toBeVisible();

  await page.getByRole("tab", { name: "Errored records" }).click();
  await expect(page.getByText("RESIDENT_NOT_FOUND").first()).toBeVisible();
  await expect(page.getByText("MISSING_EXPIRY_DATE").first()).toBeVisible();
  await expect(page.getByText(residentNotFoundRow.customer_id!).first()).toBeVisible();

  const downloadPromise = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download errored rows" }).click();
  const download = await downloadPromise;
  const errored = await readFile((await download.path())!, "utf8");
  const [header, ...lines] = errored.trim().split(/\r?\n/);
  expect(header).toBe("customer_id,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob,error_code,error_message,source_request");
  expect(lines).toHaveLength(2);
  // Each row names the request it failed in, so the file taken back links itself to this one.
  for (const line of lines) expect(line.split(",").at(-1)).toBe(requestUrl.split("/").at(-1));

  // Fix: new card numbers, and drop the two error columns the download added.
  const corrected = `${[header!.split(",").slice(0, 8).join(","), ...lines.map((line, i) => {
    const cells = line.split(",").slice(0, 8);
    cells[1] = eid("1991", String(3_000_000 + i));
    return cells.join(",");
  })].join("\n")}\n`;
  await page.getByRole("button", { name: "Resubmit corrected file" }).click();
  const dialog = page.getByRole("dialog", { name: "Upload File" });
  await dialog.locator('input[type="file"]').setInputFiles({ name: `corrected-${fileName}`, mimeType: "text/csv", buffer: Buffer.from(corrected) });
  await dialog.getByRole("button", { name: "Upload File", exact: true }).click();
  await expect(page.getByText("File uploaded and verified. Waiting for approval.")).toBeVisible({ timeout: 30_000 });
  await page.reload();
  await expect(page.getByText(`corrected-${fileName}`).first()).toBeVisible();
});

test("an approver opens a successful customer's profile and reveals the Emirates ID", async ({ page }) => {
  await signInAs(page, accounts.alphaApprover);
  await page.goto(requestUrl);
  await page.getByRole("tab", { name: "Records", exact: true }).click();
  await page.getByText(rows[0]!.customer_id!).click();
  await expect(page.getByRole("tab", { name: "Customer profile", selected: true })).toBeVisible();
  await expect(page.getByText(/784-\*{4}-\*{4}\d{3}-\d/).first()).toBeVisible();
  await page.getByRole("button", { name: "Reveal" }).click();
  // Revealing asks why; the reason is audited with the reveal.
  await expect(page.getByRole("button", { name: "Reveal" })).toBeDisabled();
  await page.getByLabel("Why do you need the full number?").fill("Customer called to confirm the card");
  await page.getByRole("button", { name: "Reveal" }).click();
  const digits = rows[0]!.eid_number!;
  await expect(page.getByText(`${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7, 14)}-${digits.slice(14)}`)).toBeVisible();
});
