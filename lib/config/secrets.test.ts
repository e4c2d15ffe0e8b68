import { mkdtemp, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Env } from "./env";
import { loadSecrets } from "./secrets";

const demoEnv = (dataDir: string) => ({ DATA_DIR: dataDir }) as Env;

describe("the demo's secrets", () => {
  it("are created once in the data folder, private to its owner, and the same for every caller", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pm-secrets-"));
    const [a, b] = await Promise.all([loadSecrets(demoEnv(dir)), loadSecrets(demoEnv(dir))]);
    expect(a.encryptionKey).toHaveLength(32);
    expect(b).toEqual(a);
    const file = path.join(dir, "secrets.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual({ authSecret: a.authSecret, encryptionKey: a.encryptionKey.toString("base64") });
  });

  it("come from the folder when it already holds them (a restart keeps sessions and encrypted files)", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pm-secrets-"));
    const kept = { authSecret: "kept-auth-secret", encryptionKey: Buffer.alloc(32, 7).toString("base64") };
    await writeFile(path.join(dir, "secrets.json"), JSON.stringify(kept));
    expect(await loadSecrets(demoEnv(dir))).toEqual({ authSecret: kept.authSecret, encryptionKey: Buffer.alloc(32, 7) });
  });

  it("are the configuration's when it gives them, without touching the folder", async () => {
    const env = { DATA_DIR: "/nonexistent", AUTH_SECRET: "configured", ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") } as Env;
    expect(await loadSecrets(env)).toEqual({ authSecret: "configured", encryptionKey: Buffer.alloc(32, 1) });
  });
});
