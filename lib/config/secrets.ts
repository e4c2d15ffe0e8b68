import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Env } from "./env";

export type Secrets = { authSecret: string; encryptionKey: Buffer };

/**
 * Production takes its secrets from the configuration. The embedded demo generates them once
 * and keeps them in its data folder (mode 0600), so sessions and encrypted files survive restarts.
 */
export async function loadSecrets(env: Env): Promise<Secrets> {
  if (env.AUTH_SECRET && env.ENCRYPTION_KEY) {
    return { authSecret: env.AUTH_SECRET, encryptionKey: Buffer.from(env.ENCRYPTION_KEY, "base64") };
  }
  const file = path.resolve(env.DATA_DIR, "secrets.json");
  const stored = await readFile(file, "utf8").then(JSON.parse, () => null);
  const secrets = stored ?? { authSecret: randomBytes(32).toString("base64url"), encryptionKey: randomBytes(32).toString("base64") };
  if (!stored) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(secrets), { mode: 0o600 });
  }
  return {
    authSecret: env.AUTH_SECRET ?? secrets.authSecret,
    encryptionKey: Buffer.from(env.ENCRYPTION_KEY ?? secrets.encryptionKey, "base64"),
  };
}
