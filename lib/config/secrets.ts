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
  const stored = await demoSecrets(path.resolve(env.DATA_DIR, "secrets.json"));
  return {
    authSecret: env.AUTH_SECRET ?? stored.authSecret,
    encryptionKey: Buffer.from(env.ENCRYPTION_KEY ?? stored.encryptionKey, "base64"),
  };
}

type Stored = { authSecret: string; encryptionKey: string };
// Read once per process: every request decodes its session and many decrypt a key with these.
const demoSecretsByFile = new Map<string, Promise<Stored>>();

function demoSecrets(file: string): Promise<Stored> {
  let secrets = demoSecretsByFile.get(file);
  if (!secrets) {
    secrets = readOrCreate(file);
    demoSecretsByFile.set(file, secrets);
    // A failed read is not remembered: the next request tries again.
    secrets.catch(() => demoSecretsByFile.delete(file));
  }
  return secrets;
}

async function readOrCreate(file: string): Promise<Stored> {
  const stored = await readFile(file, "utf8").then((text) => JSON.parse(text) as Stored, () => null);
  if (stored) return stored;
  const created = { authSecret: randomBytes(32).toString("base64url"), encryptionKey: randomBytes(32).toString("base64") };
  await mkdir(path.dirname(file), { recursive: true });
  // Exclusive create: when two processes start on an empty folder, one writes and both use its secrets.
  const wrote = await writeFile(file, JSON.stringify(created), { mode: 0o600, flag: "wx" }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
      return false;
    },
  );
  return wrote ? created : (JSON.parse(await readFile(file, "utf8")) as Stored);
}
