import { startSandboxProcess, type SandboxProcess } from "@/lib/server/sandbox-process";
import { postgresTarget } from "./database-targets";

export type TestSandbox = SandboxProcess & { databaseUrl: string };

/**
 * The real Digitization sandbox as a process (packages/digitization-sandbox) on a fresh
 * database of the test PostgreSQL, processing at once and fast, with the demo keys. Given a
 * `databaseUrl`, a second process joins the same database (another dialect, say).
 */
export async function startTestSandbox(settings: Record<string, string> = {}, databaseUrl?: string): Promise<TestSandbox> {
  const url = databaseUrl ?? (await postgresTarget.freshUrl());
  const sandbox = await startSandboxProcess({
    databaseUrl: url,
    port: 0,
    seedDemo: true,
    settings: { SANDBOX_START_DELAY_MS: "0", SANDBOX_RECORDS_PER_SECOND: "100000", LOG_LEVEL: "warn", ...settings },
  });
  return { ...sandbox, databaseUrl: url };
}
