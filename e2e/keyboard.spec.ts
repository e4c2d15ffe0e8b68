import { expect, test, type Locator, type Page } from "@playwright/test";
import { accounts, PASSWORD } from "./support/accounts";
import { csvOf, goodRow, sandboxErrorEid } from "./support/csv";

// Issue #8: the whole upload-and-approve journey with the keyboard alone — no mouse clicks.
// Only the operating system's file chooser is answered by the test (it is not part of the page).
test.describe.configure({ mode: "serial", timeout: 180_000 });

const fileName = `keyboard-${Date.now()}.csv`;
const rows = [goodRow(), goodRow({ name_on_eid: "مريم المنصوري" }), goodRow({ eid_number: sandboxErrorEid(1) })];

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

/** Presses Tab (or Shift+Tab) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i += 1) {
    if (await isFocused(target).catch(() => false)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  await expect(target).toBeFocused();
}

async function signInWithKeyboard(page: Page, email: string) {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("Email"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/population-migration$/);
}

async function signOutWithKeyboard(page: Page) {
  const signOut = page.getByRole("button", { name: "Sign out" });
  await tabTo(page, signOut);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/login/);
}

test("an uploader chooses, checks and uploads a file with the keyboard alone", async ({ page }) => {
  await signInWithKeyboard(page, accounts.alphaUploader);

  const opener = page.getByRole("button", { name: "Upload File" });
  await tabTo(page, opener);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Upload File" });
  await expect(dialog).toBeVisible();
  // Focus moved into the dialog, and Tab stays inside it.
  await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);

  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeVisible();

  const browse = dialog.getByRole("button", { name: "Browse files" });
  await tabTo(page, browse);
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Enter");
  await (await chooser).setFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csvOf(rows)) });

  await expect(dialog.getByText(/[0-9a-f]{64}/)).toBeVisible();
  // The check's outcome is announced in the dialog's polite live region.
  await expect(dialog.locator('[aria-live="polite"]')).toContainText("Check complete. No problems found in 3 records.");
  for (let i = 0; i < 30; i += 1) {
    expect(await dialog.evaluate((el) => el.contains(document.activeElement)), "focus stays in the dialog").toBe(true);
    if (await isFocused(dialog.getByRole("button", { name: "Upload File", exact: true }))) break;
    await page.keyboard.press("Tab");
  }
  await expect(dialog.getByRole("button", { name: "Upload File", exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "File uploaded and verified. Waiting for approval." })).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toHaveCount(0);

  const row = page.getByRole("row").filter({ hasText: fileName });
  await expect(row).toContainText("Pending Approval");
  await signOutWithKeyboard(page);
});

test("an approver opens the Action menu, reviews, approves and reads the tabs with the keyboard alone", async ({ page }) => {
  await signInWithKeyboard(page, accounts.alphaApprover);

  const menuButton = page.getByRole("button", { name: `Actions for ${fileName}` });
  await tabTo(page, menuButton);
  await page.keyboard.press("Enter");
  const menu = page.getByRole("menu", { name: `Actions for ${fileName}` });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("menuitem", { name: "View Details" })).toBeFocused();
  // Escape closes the menu and returns focus to its button.
  await page.keyboard.press("Escape");
  await expect(menu).toHaveCount(0);
  await expect(menuButton).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(menu).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(menu.getByRole("menuitem", { name: "Review and approve" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/population-migration\/[0-9a-f-]{36}#review$/);

  const approve = page.getByRole("button", { name: "Approve", exact: true });
  await expect(approve).toBeVisible();
  await tabTo(page, approve, { max: 120 });
  await page.keyboard.press("Enter");
  // The confirmation takes the focus: Enter again approves.
  await expect(page.getByRole("button", { name: /^Yes, approve/ })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByText("Completed").first()).toBeVisible({ timeout: 90_000 });
  await expect(page.getByRole("progressbar", { name: "Records processed" })).toHaveAttribute("aria-valuenow", "3");

  // Tabs: one tab stop, arrow keys move between them, the panel follows.
  const records = page.getByRole("tab", { name: "Records", exact: true });
  await tabTo(page, records, { max: 120 });
  await page.keyboard.press("ArrowRight");
  const errored = page.getByRole("tab", { name: "Errored records" });
  await expect(errored).toBeFocused();
  await expect(errored).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("tabpanel")).toContainText("RESIDENT_NOT_FOUND");
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Summary chart" })).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Home");
  await expect(records).toHaveAttribute("aria-selected", "true");

  // Into the panel: a successful customer's id opens the profile.
  const customer = page.getByRole("button", { name: `Open the profile of customer ${rows[0]!.customer_id}` });
  await tabTo(page, customer);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("tab", { name: "Customer profile", selected: true })).toBeVisible();
  await expect(page.getByText(/784-\*{4}-\*{4}\d{3}-\d/).first()).toBeVisible();
});
