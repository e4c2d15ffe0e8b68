import { readdir, readFile } from "node:fs/promises";

/**
 * The portal server processes (running lib/server/serve.ts) started with PM_INSTANCE=marker in
 * their environment — not the short-lived commands they run, which inherit the marker.
 * PortalProcess keeps its child to itself; the scale-out tests need the pid to tell which instance holds a job, the
 * benchmarks to read a server's memory.
 */
export async function pidsOf(marker: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = await readFile(`/proc/${entry}/environ`, "latin1").catch(() => "");
    if (!environ.split("\0").includes(`PM_INSTANCE=${marker}`)) continue;
    const command = await readFile(`/proc/${entry}/cmdline`, "latin1").catch(() => "");
    if (command.includes("lib/server/serve.ts")) found.push(Number(entry));
  }
  return found;
}
