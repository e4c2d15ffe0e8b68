import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import path from "node:path";

/**
 * A real portal server process (the production build) that a test can SIGKILL and start again.
 * In demo mode it launches the Digitization sandbox as its own process, on the next port.
 */
export class PortalProcess {
  private child: ChildProcess | null = null;

  constructor(readonly port: number, private readonly env: Record<string, string>) {}

  get baseURL() {
    return `http://localhost:${this.port}`;
  }

  async start(overrides: Record<string, string> = {}) {
    await mkdir(".data", { recursive: true });
    const log = createWriteStream(`.data/chaos-${this.port}.log`, { flags: "a" });
    // The portal's server itself, not npm: a SIGKILL must hit the server, not a wrapper.
    this.child = spawn(process.execPath, ["--import", "tsx", "lib/server/serve.ts"], {
      env: { ...process.env, SANDBOX_PORT: String(this.port + 1), ...this.env, ...overrides, PORT: String(this.port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    this.child.stdout!.pipe(log);
    this.child.stderr!.pipe(log);
    for (let i = 0; i < 120; i++) {
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

  async kill(signal: NodeJS.Signals = "SIGKILL") {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
