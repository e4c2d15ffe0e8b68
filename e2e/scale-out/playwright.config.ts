import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

// `npm run test:scale-out`: two portal processes (the production build, `npm run build` first)
// on one PostgreSQL (TEST_DATABASE_URL, else an embedded one started by e2e/scale-out/cluster.ts)
// and one S3 bucket (s3rver
// on loopback), started and killed by the tests themselves, like e2e/chaos.
export default defineConfig({
  ...base,
  testDir: ".",
  testIgnore: [],
  // The main suite's SMTP sink and log scan belong to its own server; these tests start theirs.
  globalSetup: undefined,
  globalTeardown: undefined,
  webServer: undefined,
  // Not the main suite's two servers' projects: these tests run one after another.
  projects: [{ name: "scale-out" }],
  workers: 1,
  timeout: 300_000,
});
