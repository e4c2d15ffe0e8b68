import { createHash, randomUUID } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type SqlRunner = {
  exec(sql: string): Promise<void>;
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
};

// Same bookkeeping table and checksum as `prisma migrate deploy`, so a deployment that can
// run the Prisma CLI sees these migrations as applied, and vice versa.
const bookkeeping = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// The sandbox's own migrations, beside its schema; its database holds nothing else.
export const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** Applies every migration folder not yet recorded, each in its own transaction, in name order. */
export async function applyMigrations(sql: SqlRunner, dir = migrationsDir): Promise<string[]> {
  // Several processes may start at once: one migrates, the others wait.
  await sql.exec("SELECT pg_advisory_lock(727002)");
  try {
    await sql.exec(bookkeeping);
    const done = await sql.rows<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL AND finished_at IS NOT NULL`,
    );
    const applied = new Map(done.map((m) => [m.migration_name, m.checksum]));
    const names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    const newlyApplied: string[] = [];
    for (const name of names) {
      const script = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(script).digest("hex");
      if (applied.has(name)) {
        if (applied.get(name) !== checksum) throw new Error(`Migration ${name} was edited after it was applied`);
        continue;
      }
      await sql.exec(`BEGIN;\n${script}\n;INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('${randomUUID()}', '${checksum}', now(), '${name.replace(/'/g, "")}', 1);\nCOMMIT;`);
      newlyApplied.push(name);
    }
    return newlyApplied;
  } catch (error) {
    await sql.exec("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await sql.exec("SELECT pg_advisory_unlock(727002)");
  }
}
