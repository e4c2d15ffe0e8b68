import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, stopEmbeddedPostgres } from "./embedded-postgres";

async function query<T>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}
const portOf = (url: string) => new URL(url).port;

describe("embedded PostgreSQL", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "pm-embedded-"));
    await chmod(dir, 0o755); // as root the server runs as the postgres user
  });
  afterAll(async () => {
    await stopEmbeddedPostgres(dir);
    await rm(dir, { recursive: true, force: true });
  });

  it("initialises once, creates the portal database, keeps its port and data across stop and start", async () => {
    const first = await startEmbeddedPostgres(dir);
    expect(new URL(first.url).hostname).toBe("127.0.0.1");
    expect(new URL(first.url).pathname).toBe("/portal");
    await query(first.url, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    const again = await startEmbeddedPostgres(dir);
    expect(again.url).toBe(first.url);
    await first.stop();
    await expect(readFile(path.join(dir, "pg/postmaster.pid"))).rejects.toThrow();

    const restarted = await startEmbeddedPostgres(dir);
    expect(portOf(restarted.url)).toBe(portOf(first.url));
    expect(await query(restarted.url, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
    await restarted.stop();
  });

  it("refuses a wrong password: the URL's secret is the only way in", async () => {
    const server = await startEmbeddedPostgres(dir);
    const wrong = Object.assign(new URL(server.url), { password: "wrong" }).toString();
    await expect(query(wrong, "SELECT 1")).rejects.toThrow(/password authentication failed/);
    await server.stop();
  });

  it("starts cleanly over a stale postmaster.pid left by a dead server", async () => {
    const pidFile = path.join(dir, "pg/postmaster.pid");
    // A pid that cannot be alive (above the kernel's maximum), in PostgreSQL's lock-file layout.
    await writeFile(pidFile, `4194999\n${path.join(dir, "pg")}\n0\n5432\n\n127.0.0.1\n`);
    const server = await startEmbeddedPostgres(dir);
    expect(await query(server.url, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
    await server.stop();
  });

  it("reuses, and then stops, the server a kill -9'd process left running", async () => {
    const script = path.join(dir, "starter.mts");
    await writeFile(script, `import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve("lib/db/embedded-postgres.ts"))};\nconst s = await startEmbeddedPostgres(${JSON.stringify(dir)});\nconsole.log(s.url);\nsetInterval(() => {}, 1000);\n`);
    const child = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["ignore", "pipe", "inherit"] });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      child.once("exit", (code) => reject(new Error(`starter exited with ${code}`)));
    });
    const exited = new Promise((r) => child.once("exit", r));
    child.kill("SIGKILL");
    await exited;
    expect(await query(url, "SELECT n FROM kept")).toEqual([{ n: 42 }]); // it outlived its starter

    const adopted = await startEmbeddedPostgres(dir);
    expect(adopted.url).toBe(url);
    expect(adopted.owned).toBe(true);
    await adopted.stop();
    await expect(query(url, "SELECT 1")).rejects.toThrow();
  });
});
