import { defineConfig } from "@playwright/test";
import { SMTP_PORT } from "./e2e/support/mailbox";
import { E2E_PORT, SANDBOX_PORT } from "./e2e/support/sandbox-url";
import { PORTAL_LOG } from "./e2e/support/scan-logs";

// The suite runs against a production build on a fresh embedded database, with the sandbox (its
// own process, launched by the portal's server) processing fast. Debian's Chromium: Playwright's own browser download is not reachable here.
const port = E2E_PORT;
// `npm run test:chaos` runs e2e/chaos, whose tests start, kill and restart servers themselves.
const chaos = process.env.PM_CHAOS === "1";
const dataDir = ".data/e2e";

export default defineConfig({
  testDir: chaos ? "e2e/chaos" : "e2e",
  testIgnore: chaos ? [] : ["chaos/**", "scale-out/**"],
  // The SMTP server the portal e-mails notifications to (e2e/notifications.spec.ts reads what arrives).
  globalSetup: chaos ? undefined : "./e2e/support/mailbox.ts",
  globalTeardown: chaos ? undefined : "./e2e/support/scan-logs.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One server on one database, shared state (demo accounts, brakes): journeys one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps"],
    },
  },
  webServer: chaos ? undefined : {
    // The server's output is kept so e2e/support/scan-logs.ts can search it for personal data.
    // A previous run's embedded PostgreSQL is stopped before its folder is deleted.
    command: `node --import tsx e2e/support/fresh-data-dir.ts ${dataDir} && mkdir -p .data && npm run build && npm run serve 2>&1 | tee ${PORTAL_LOG}`,
    url: `http://localhost:${port}/login`,
    // The build is part of it: on a loaded 2-core machine it alone has taken 7 minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      PORTAL_MODE: "demo",
      SIGN_IN_LOCK_SECONDS: "4",
      SANDBOX_PORT: String(SANDBOX_PORT),
      SANDBOX_START_DELAY_MS: "0",
      SANDBOX_RECORDS_PER_SECOND: "2000",
      STATUS_POLL_INTERVAL_MS: "1000",
      STATUS_FIRST_POLL_DELAY_MS: "0",
      JOB_POLL_INTERVAL_MS: "500",
      // The suite uploads far more than a person would in an hour; the brake has its own tests.
      UPLOADS_PER_USER_PER_HOUR: "10000",
      // Approval policies' expiry in minutes, checked every minute: e2e/approval-policies.spec.ts watches a request expire.
      APPROVAL_EXPIRY_UNIT: "minutes",
      UPKEEP_CRON: "* * * * *",
      // info, not warn: the personal-data scan (e2e/support/scan-logs.ts) must see everything the portal logs.
      LOG_LEVEL: "info",
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      MAIL_FROM: "KYC Portal <no-reply@kyc.example>",
    },
  },
});
