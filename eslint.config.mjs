import next from "eslint-config-next";

const config = [
  { ignores: ["lib/generated/**", "packages/*/src/generated/**", ".next/**", ".data/**", "node_modules/**", "test-results/**", "playwright-report/**", "bench/out/**", "next-env.d.ts"] },
  ...next,
];
export default config;
