import { expect, type Page } from "@playwright/test";

export const PASSWORD = "Demo-Passw0rd!";

export const accounts = {
  admin: "admin@kyc.example",
  alphaUploader: "uploader@alpha.example",
  alphaApprover: "approver@alpha.example",
  betaUploader: "uploader@beta.example",
  betaApprover: "approver@beta.example",
} as const;

export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signInAs(page: Page, email: string) {
  await signIn(page, email);
  await expect(page).toHaveURL(/\/population-migration$/);
}
