import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { postgresTarget } from "@/test/database-targets";
import { startSandboxProcess, type SandboxProcess } from "./sandbox-process";

const alive = (pid: number) => readFile(`/proc/${pid}/stat`, "utf8").then((s) => !/\) Z /.test(s), () => false);

describe("the sandbox as a child process", () => {
  const started: SandboxProcess[] = [];
  afterAll(async () => Promise.all(started.map((s) => s.stop())));

  it("serves once ready, with an admin endpoint closed to a wrong secret, and stops on stop()", async () => {
    const sandbox = await startSandboxProcess({ databaseUrl: await postgresTarget.freshUrl(), port: 0, settings: { LOG_LEVEL: "warn" } });
    started.push(sandbox);
    expect(sandbox.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${sandbox.baseUrl}/digitization/v1/batch/x/status`)).status).toBe(401);
    const put = (secret: string) =>
      fetch(`${sandbox.baseUrl}/admin/v1/clients/org/keys`, { method: "PUT", headers: { authorization: `Bearer ${secret}` }, body: JSON.stringify({ name: "Org", keys: [] }) });
    expect((await put("not-the-secret")).status).toBe(401);
    expect((await put(sandbox.adminSecret)).status).toBe(200);
    await sandbox.stop();
    expect(await alive(sandbox.pid)).toBe(false);
  });

  it("ends the sandbox a SIGKILLed launcher left behind (DATA_DIR/sandbox.pid) and takes its port", async () => {
    // A DATA_DIR nothing was stored in yet (beside DATABASE_URL): the launcher creates it.
    const pidFile = path.join(await mkdtemp(path.join(tmpdir(), "pm-sandbox-")), "data", "sandbox.pid");
    const databaseUrl = await postgresTarget.freshUrl();
    const leftover = await startSandboxProcess({ databaseUrl, port: 0, pidFile, settings: { LOG_LEVEL: "warn" } });
    started.push(leftover);
    const port = Number(new URL(leftover.baseUrl).port);
    const next = await startSandboxProcess({ databaseUrl, port, pidFile, settings: { LOG_LEVEL: "warn" } });
    started.push(next);
    expect(await alive(leftover.pid)).toBe(false);
    expect(Number(await readFile(pidFile, "utf8"))).toBe(next.pid);
    expect((await fetch(`${next.baseUrl}/digitization/v1/batch/x/status`)).status).toBe(401);
  });
});
