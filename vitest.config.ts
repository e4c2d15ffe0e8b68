import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts", "app/**/*.test.ts", "bench/**/*.test.ts", "packages/*/src/**/*.test.ts"],
    environment: "node",
    // PostgreSQL for the integration tests: TEST_DATABASE_URL, or an embedded one started here.
    globalSetup: ["test/postgres-global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // "server-only" throws outside a React Server environment; tests import server modules directly.
    server: { deps: { inline: [] } },
    alias: { "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)) },
  },
});
