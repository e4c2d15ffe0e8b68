import { defineConfig } from "vitest/config";

// The root `npm run test:unit` runs this project too (root vitest.config.ts), with PostgreSQL
// for the integration tests at TEST_DATABASE_URL (the root's global setup starts one if absent).
export default defineConfig({
  test: {
    name: "digitization-sandbox",
    include: ["src/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
