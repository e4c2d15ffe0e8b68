// npm run db:migration -- <name>: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations up to prisma/schema.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { diffMigrationsToSchema, migrationsDir } from "./schema-engine";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) throw new Error("usage: npm run db:migration -- <name>");

const sql = await diffMigrationsToSchema();
if (!sql) {
  console.log("prisma/schema matches prisma/migrations: no migration needed.");
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), `${sql}\n`);
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  console.log(`wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
}
