import { readdir, readFile, readlink } from "node:fs/promises";

// Playwright stops config.webServer only after globalTeardown, but the teardown must read the
// complete server log and then the database. So the teardown stops the server itself:
// the process listening on the e2e port (found through /proc, so whatever command started it —
// `next start`, `npm run serve` — the server process is the one signalled, never a wrapper).

/** Socket inodes listening on the port (IPv4 and IPv6), from /proc/net/tcp*. */
async function listeningInodes(port: number): Promise<Set<string>> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    const lines = (await readFile(table, "utf8").catch(() => "")).split("\n").slice(1);
    for (const line of lines) {
      const [, local, , state, , , , , , inode] = line.trim().split(/\s+/);
      if (state === "0A" && local?.endsWith(`:${hexPort}`) && inode) inodes.add(inode);
    }
  }
  return inodes;
}

/** The id of the process holding a listening socket on the port, or null. */
export async function findListener(port: number): Promise<number | null> {
  const inodes = await listeningInodes(port);
  if (inodes.size === 0) return null;
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const fds = await readdir(`/proc/${entry}/fd`).catch(() => [] as string[]);
    for (const fd of fds) {
      const target = await readlink(`/proc/${entry}/fd/${fd}`).catch(() => "");
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return Number(entry);
    }
  }
  return null;
}

/** Running, not exited (a zombie waiting for its parent counts as exited). */
async function alive(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  return stat !== null && stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

/**
 * SIGTERM (the portal then stops its job runner, closes its pool and stops its embedded
 * PostgreSQL), SIGKILL after the grace period (the next start reuses or recovers the server,
 * as the crash tests prove). Returns the pid.
 */
export async function stopPortal(port: number, graceMs = 20_000): Promise<number> {
  const pid = await findListener(port);
  if (pid === null) throw new Error(`No process listens on port ${port} (or /proc is not readable): the e2e server could not be stopped to read its database.`);
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + graceMs;
  while ((await alive(pid)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (await alive(pid)) {
    process.kill(pid, "SIGKILL");
    while (await alive(pid)) await new Promise((r) => setTimeout(r, 50));
  }
  return pid;
}
