import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";

/** A real portal server process (the production build) that a test can SIGKILL and start again. */
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
      env: { ...process.env, ...this.env, ...overrides, PORT: String(this.port) },
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

  async kill(signal: NodeJS.Signals = "SIGKILL") {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((r) => child.once("exit", r));
    child.kill(signal);
    await exited;
    this.child = null;
  }
}
