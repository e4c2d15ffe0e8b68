// npm run db:migration -- <name> [--sandbox]: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations up to prisma/schema (with --sandbox: the
// same for packages/digitization-sandbox/prisma, the sandbox's own database). The migrations are
// replayed into a scratch embedded PostgreSQL, started in a temporary folder and removed after.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres } from "../../lib/db/embedded-postgres";
import { diffMigrationsToSchema, PORTAL_SCHEMA, SANDBOX_SCHEMA } from "./schema-engine";

const set = process.argv.includes("--sandbox") ? SANDBOX_SCHEMA : PORTAL_SCHEMA;
const { migrationsDir } = set;
const name = (process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) throw new Error("usage: npm run db:migration -- <name> [--sandbox]");

const scratch = await mkdtemp(path.join(tmpdir(), "pm-migration-"));
await chmod(scratch, 0o755); // run as root, the server runs as the postgres user
const embedded = await startEmbeddedPostgres(scratch, "scratch");
let sql: string;
try {
  sql = await diffMigrationsToSchema(embedded.url, set);
} finally {
  await embedded.stop();
  await rm(scratch, { recursive: true, force: true });
}
if (!sql) {
  console.log(`${path.relative(process.cwd(), set.schemaDir)} matches its migrations: no migration needed.`);
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
