import { expect, test, type BrowserContext, type Cookie, type Page } from "@playwright/test";

export const PASSWORD = "Demo-Passw0rd!";

export const accounts = {
  admin: "admin@kyc.example",
  alphaUploader: "uploader@alpha.example",
  alphaApprover: "approver@alpha.example",
  betaUploader: "uploader@beta.example",
  betaApprover: "approver@beta.example",
} as const;

/** The login form, filled by its English labels: the specs of signing in itself use it (signInAs keeps sessions). */
export async function signIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/**
 * Each account's session cookie from this worker's first sign-in as it, per portal: signing in
 * through the form for every test cost the suite minutes. The key holds the language cookie
 * too, because a sign-in stores the page's language on the user (their e-mails are written in
 * it): a sign-in in another language still goes through the form.
 */
const sessions = new Map<string, Cookie[]>();

async function sessionKey(context: BrowserContext, email: string, baseURL = test.info().project.use.baseURL) {
  const language = (await context.cookies()).find((c) => c.name === "NEXT_LOCALE")?.value ?? "-";
  return `${baseURL} ${email} ${language}`;
}

/** The context signed in with the kept session, if there is one: the caller checks it still works. */
export async function reuseSession(context: BrowserContext, email: string, baseURL?: string): Promise<boolean> {
  const kept = sessions.get(await sessionKey(context, email, baseURL));
  if (kept) await context.addCookies(kept);
  return kept !== undefined;
}

/** Signs in through the form (by field names: the labels are in the page's language) and keeps the session. */
export async function signInThroughForm(page: Page, email: string, baseURL?: string) {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await expect(page).toHaveURL(/\/population-migration$/);
  const cookies = await page.context().cookies();
  sessions.set(await sessionKey(page.context(), email, baseURL), cookies.filter((c) => c.name.includes("session-token")));
}

/**
 * Signed in as `email`, on the requests list: through the form the first time on each portal,
 * then with the kept session, unless it has ended since (signing out ends all of a user's sessions).
 */
export async function signInAs(page: Page, email: string) {
  if (await reuseSession(page.context(), email)) {
    await page.goto("/population-migration");
    if (new URL(page.url()).pathname === "/population-migration") return;
  }
  await signInThroughForm(page, email);
}
