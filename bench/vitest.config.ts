import { defineConfig } from "vitest/config";

// The benchmark smoke run (bench/smoke.spec.ts), kept out of the unit suite: it needs the
// production build and takes about a minute. `npx vitest run -c bench/vitest.config.ts`.
export default defineConfig({
  test: {
    root: ".",
    include: ["bench/smoke.spec.ts"],
    environment: "node",
    testTimeout: 600_000,
  },
});
