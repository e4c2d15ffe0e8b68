// The Digitization sandbox (packages/digitization-sandbox) as a child process: started by the
// portal's server in demo mode (lib/server/serve.ts), by `npm run sandbox`, and by the tests
// and benchmarks that need one. The portal reaches it only over HTTP, as it would the real
// service. Not `server-only`: it runs in plain Node.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { mkdir, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

const MAIN = fileURLToPath(new URL("../../packages/digitization-sandbox/src/main.ts", import.meta.url));
/** The sandbox's own settings, passed through from the launcher's environment (docs/sandbox.md). */
const PASSED_THROUGH = ["SANDBOX_DIALECT", "SANDBOX_RECORDS_PER_SECOND", "SANDBOX_START_DELAY_MS", "SANDBOX_MAX_UPLOAD_BYTES", "SANDBOX_HOST", "LOG_LEVEL"];
const READY = /^SANDBOX_READY (\d+)$/;

export type SandboxProcess = {
  /** The Digitization API base URL (`{baseUrl}/digitization/v1/batch/...`), also the admin endpoint's. */
  baseUrl: string;
  adminSecret: string;
  pid: number;
  stop(): Promise<void>;
  /** For an `exit` handler, where nothing asynchronous runs: SIGTERM, then wait up to 10 s for it to end. */
  stopSync(): void;
};

export type SandboxProcessOptions = {
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  /** SANDBOX_* settings; others are taken from this process's environment (PASSED_THROUGH). */
  settings?: Record<string, string>;
  /** The admin endpoint's secret; a fresh random one when not given (never printed). */
  adminSecret?: string;
  /** Registers the demo keys (for integrators running it alone). */
  seedDemo?: boolean;
  /**
   * Remembers the child's id in this file, so a launcher that was SIGKILLed can end the
   * sandbox it left behind on its next start instead of finding the port taken.
   */
  pidFile?: string;
  /** Where the child's output goes (its log lines, the demo keys); this process's stdout by default. */
  output?: (line: string) => void;
};

/** Starts the sandbox and resolves once it serves; its admin secret is made here and only passed by environment. */
export async function startSandboxProcess(opts: SandboxProcessOptions): Promise<SandboxProcess> {
  if (opts.pidFile) await endLeftover(opts.pidFile);
  const adminSecret = opts.adminSecret ?? randomBytes(32).toString("base64url");
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH ?? "/usr/bin:/bin" } as unknown as NodeJS.ProcessEnv;
  for (const name of PASSED_THROUGH) if (process.env[name] !== undefined) env[name] = process.env[name];
  // The sandbox takes files as large as the portal sends, unless told otherwise.
  if (process.env.UPLOAD_MAX_BYTES && !process.env.SANDBOX_MAX_UPLOAD_BYTES) env.SANDBOX_MAX_UPLOAD_BYTES = process.env.UPLOAD_MAX_BYTES;
  Object.assign(env, opts.settings, {
    SANDBOX_DATABASE_URL: opts.databaseUrl,
    SANDBOX_PORT: String(opts.port),
    SANDBOX_ADMIN_SECRET: adminSecret,
    SANDBOX_SEED_DEMO: String(opts.seedDemo ?? false),
    SANDBOX_EXIT_WITH_PARENT: "true",
  });
  // stdin stays open as a lifeline: when this process dies, even by SIGKILL, it closes and the sandbox stops.
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", MAIN], { env, stdio: ["pipe", "pipe", "inherit"] });
  const output = opts.output ?? ((line: string) => process.stdout.write(`${line}\n`));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffered += chunk.toString("utf8");
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      for (const line of lines) {
        const ready = READY.exec(line);
        if (ready) resolve(Number(ready[1]));
        else output(line);
      }
    });
    void exited.then((code) => reject(new Error(`The Digitization sandbox exited before it was ready (exit code ${code}); see its output above`)));
    setTimeout(() => reject(new Error("The Digitization sandbox was not ready within 60 s")), 60_000).unref();
  }).catch(async (error) => {
    child.kill("SIGKILL");
    throw error;
  });
  if (opts.pidFile) {
    // DATA_DIR exists only once something was stored there: beside DATABASE_URL, nothing may have been.
    await mkdir(path.dirname(opts.pidFile), { recursive: true });
    await writeFile(opts.pidFile, String(child.pid));
  }
  const host = env.SANDBOX_HOST && env.SANDBOX_HOST !== "0.0.0.0" ? env.SANDBOX_HOST : "127.0.0.1";
  return {
    baseUrl: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    adminSecret,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (opts.pidFile) await unlink(opts.pidFile).catch(() => {});
    },
    stopSync() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const pause = new Int32Array(new SharedArrayBuffer(4));
      for (let i = 0; i < 200 && running(child.pid!); i++) Atomics.wait(pause, 0, 0, 50);
      if (running(child.pid!)) child.kill("SIGKILL");
      if (opts.pidFile) rmSync(opts.pidFile, { force: true });
    },
  };
}

/** Alive and not a zombie (an exited child stays one until this process reaps it). */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
  } catch {
    return false;
  }
}

/** The sandbox a SIGKILLed launcher left running (normally it stops by itself when its stdin closes). */
async function endLeftover(pidFile: string) {
  const pid = Number(await readFile(pidFile, "utf8").catch(() => ""));
  if (!(pid > 0)) return;
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
  // Only a sandbox: the id may have been reused by an unrelated process meanwhile.
  if (!cmdline.split("\0").includes(MAIN)) return;
  process.kill(pid, "SIGKILL");
  for (let i = 0; i < 100 && running(pid); i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The URL of database `name` on the server of `url`, created if missing (the embedded default's `sandbox`). */
export async function ensureDatabase(url: string, name: string): Promise<string> {
  const admin = Object.assign(new URL(url), { pathname: "/postgres" }).toString();
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    // 42P04: another process created it between the check and now.
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((e) => { if (e.code !== "42P04") throw e; });
  } finally {
    await client.end();
  }
  return Object.assign(new URL(url), { pathname: `/${name}` }).toString();
}
