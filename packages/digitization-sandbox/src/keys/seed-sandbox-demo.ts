import type { PrismaClient } from "../generated/prisma/client";
import { registerSandboxKey } from "./register-sandbox-key";

/** The demo clients and keys (docs/sandbox.md). Public on purpose: they only open the sandbox. */
export const SANDBOX_DEMO_CLIENTS = [
  { clientRef: "demo-alpha-bank", clientName: "Alpha Bank", key: "sandbox_alpha_0123456789abcdef" },
  { clientRef: "demo-beta-exchange", clientName: "Beta Exchange", key: "sandbox_beta_0123456789abcdef" },
] as const;

/** Creates the demo clients and keys; running it again changes nothing. */
export async function seedSandboxDemo(prisma: PrismaClient): Promise<void> {
  for (const client of SANDBOX_DEMO_CLIENTS) await registerSandboxKey(prisma, client);
}
