import { defineConfig } from "@playwright/test";
import { SMTP_PORT } from "./e2e/support/mailbox";
import { E2E_SERVERS, type E2eServer } from "./e2e/support/sandbox-url";

// The suite runs against a production build on fresh embedded databases, with the sandbox (its
// own process, launched by the portal's server) processing fast. Debian's Chromium: Playwright's own browser download is not reachable here.
// Two portals serve the one build, each on its own database with its own sandbox: the specs are
// split in two journeys that run side by side, one at a time on each server (demo accounts and
// brakes are per database). Server a keeps the specs that reach its sandbox or mailbox directly
// (e2e/support/sandbox-url.ts); a new spec runs on server b unless it is listed here.
const SERVER_A_SPECS = ["a11y", "admin", "notifications", "access-sweep", "personal-data-scan", "requests-api", "approval-policies"].map((name) => `**/${name}.spec.ts`);
// `npm run test:chaos` runs e2e/chaos, whose tests start, kill and restart servers themselves.
const chaos = process.env.PM_CHAOS === "1";
const [serverA, serverB] = E2E_SERVERS;
const baseURL = (server: E2eServer) => `http://localhost:${server.port}`;

/** One portal of the run: its output is kept so e2e/support/scan-logs.ts can search it for personal data. */
function portal(server: E2eServer, prepare: string) {
  return {
    command: `${prepare}npm run serve 2>&1 | tee ${server.log}`,
    url: `${baseURL(server)}/login`,
    // The build is part of server a's start: on a loaded 2-core machine it alone has taken 7 minutes.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe" as const,
    env: {
      PORT: String(server.port),
      DATA_DIR: server.dataDir,
      PORTAL_MODE: "demo",
      SIGN_IN_LOCK_SECONDS: "4",
      SANDBOX_PORT: String(server.port + 1),
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
  };
}

export default defineConfig({
  testDir: chaos ? "e2e/chaos" : "e2e",
  // The SMTP server the portal e-mails notifications to (e2e/notifications.spec.ts reads what arrives).
  globalSetup: chaos ? undefined : "./e2e/support/mailbox.ts",
  globalTeardown: chaos ? undefined : "./e2e/support/scan-logs.ts",
  // Screenshots are the same whichever server took them: no project name in their file names.
  snapshotPathTemplate: "{snapshotDir}/{testFileDir}/{testFileName}-snapshots/{arg}{-snapshotSuffix}{ext}",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each project one test at a time on its own server; the two projects side by side.
  workers: chaos ? 1 : 2,
  fullyParallel: false,
  retries: 0,
  reporter: [["list"]],
  use: {
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps"],
    },
  },
  projects: chaos
    ? [{ name: "chaos" }]
    : [
        { name: "server-a", testMatch: SERVER_A_SPECS, testIgnore: ["chaos/**", "scale-out/**"], workers: 1, use: { baseURL: baseURL(serverA) } },
        { name: "server-b", testIgnore: [...SERVER_A_SPECS, "chaos/**", "scale-out/**"], workers: 1, use: { baseURL: baseURL(serverB) } },
      ],
  // Playwright starts these one after the other: server a builds, then both serve that build.
  // A previous run's embedded PostgreSQL is stopped before its folder is deleted.
  webServer: chaos ? undefined : [
    portal(serverA, `node --import tsx e2e/support/fresh-data-dir.ts ${serverA.dataDir} ${serverB.dataDir} && mkdir -p .data && npm run build && `),
    portal(serverB, ""),
  ],
});
