import pg from "pg";
import { findPersonalData, type Finding } from "./personal-data-patterns";

// The free-text places an error or an audit entry could carry a customer's data into: a job's
// output (pg-boss keeps a failed attempt's error there), a request's submission error, an audit entry's details. Read straight from the
// e2e run's embedded PostgreSQL after the portal stopped (it stops its server on the way out:
// this starts it again, reads every row and stops it, so the next run finds it stopped).
const COLUMNS = [
  { where: "pgboss.job.output", sql: `SELECT id::text AS id, output::text AS text FROM pgboss.job WHERE output IS NOT NULL` },
  { where: 'MigrationRequest."submissionError"', sql: `SELECT id::text AS id, "submissionError" AS text FROM "MigrationRequest" WHERE "submissionError" IS NOT NULL` },
  { where: 'Notification."values"', sql: `SELECT id::text AS id, "values"::text AS text FROM "Notification"` },
  { where: 'AuditEvent."details"', sql: `SELECT id::text AS id, details::text AS text FROM "AuditEvent" WHERE details IS NOT NULL` },
] as const;

export type DatabaseScan = { findings: Finding[]; rowsScanned: Record<string, number> };

export async function scanDatabase(dataDir: string): Promise<DatabaseScan> {
  // Loaded here, not at the top: playwright.config.ts imports the teardown's module graph.
  const { startEmbeddedPostgres } = await import("@/lib/db/embedded-postgres");
  const embedded = await startEmbeddedPostgres(dataDir);
  const client = new pg.Client({ connectionString: embedded.url });
  try {
    await client.connect();
    const findings: Finding[] = [];
    const rowsScanned: Record<string, number> = {};
    for (const column of COLUMNS) {
      const { rows } = await client.query<{ id: string; text: string }>(column.sql);
      rowsScanned[column.where] = rows.length;
      for (const row of rows) findings.push(...findPersonalData(`${column.where} of row ${row.id}`, row.text));
    }
    return { findings, rowsScanned };
  } finally {
    await client.end();
    await embedded.stop();
  }
}
