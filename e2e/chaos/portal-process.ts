import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * A real portal process that a test can signal and start again: the server (the production
 * build, `npm run serve`, which in demo mode launches the Digitization sandbox as its own
 * process on the next port) or, with `worker`, a job worker that serves no HTTP (`npm run worker`).
 */
export class PortalProcess {
  private child: ChildProcess | null = null;

  constructor(readonly port: number, private readonly env: Record<string, string>, private readonly role: "server" | "worker" = "server") {}

  /** Everything the process wrote, across its restarts. */
  get logFile() {
    return `.data/chaos-${this.port}${this.role === "worker" ? "-worker" : ""}.log`;
  }

  get baseURL() {
    return `http://localhost:${this.port}`;
  }

  async start(overrides: Record<string, string> = {}) {
    await mkdir(".data", { recursive: true });
    const log = createWriteStream(this.logFile, { flags: "a" });
    // The process itself, not npm: a signal must hit the portal, not a wrapper.
    const args = this.role === "server" ? ["--import", "tsx", "lib/server/serve.ts"] : ["--conditions=react-server", "--import", "tsx", "lib/server/worker.ts"];
    // The worker says it is ready in an info line, whatever LOG_LEVEL the test chose.
    // The server launches the sandbox on the next port; a worker beside it is told where that is.
    const sandbox = { SANDBOX_PORT: String(this.port + 1), ...(this.role === "worker" && { DIGITIZATION_API_BASE_URL: `http://127.0.0.1:${this.port + 1}` }) };
    const env = { ...process.env, ...sandbox, ...this.env, ...overrides, PORT: String(this.port), ...(this.role === "worker" && { LOG_LEVEL: "info" }) };
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    this.child = child;
    child.stdout!.pipe(log);
    child.stderr!.pipe(log);
    if (this.role === "worker") {
      let output = "";
      const ready = new Promise<void>((resolve, reject) => {
        child.stdout!.on("data", (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes("job worker ready")) resolve();
        });
        child.once("exit", (code) => reject(new Error(`worker exited (${code}) before it was ready`)));
      });
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error("worker did not start in 60 s")), 60_000); });
      await Promise.race([ready, late]).finally(() => clearTimeout(timer));
      return;
    }
    // Up to three minutes: a first start migrates a fresh database, on a machine the tests keep busy.
    for (let i = 0; i < 360; i++) {
      const ok = await fetch(`${this.baseURL}/login`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 500));
    }
    throw new Error(`portal on ${this.port} did not start`);
  }

  /** SIGKILLs the sandbox the portal launched (its id is in DATA_DIR/sandbox.pid), as a crash would. */
  async killSandbox() {
    const pid = Number(await readFile(path.join(this.env.DATA_DIR ?? ".data", "sandbox.pid"), "utf8"));
    process.kill(pid, "SIGKILL");
    for (let i = 0; i < 100; i++) {
      const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
      if (stat === null || stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z") return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`the sandbox (${pid}) did not die`);
  }

  /** Signals the process and waits for it to exit; returns how long that took (ms). */
  async kill(signal: NodeJS.Signals = "SIGKILL"): Promise<number> {
    const child = this.child;
    if (!child || child.exitCode !== null) return 0;
    const began = Date.now();
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
    this.child = null;
    return Date.now() - began;
  }
}
