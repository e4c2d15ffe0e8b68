import type { Prisma } from "../generated/prisma/client";

const COLUMNS = 8;

// One statement per chunk: the rows travel as nine array parameters and UNNEST turns them back
// into rows. Measured on both engines (docs/sandbox.md); Prisma createMany is far slower here.
const INSERT = `INSERT INTO sandbox_record
  (batch_id, row_no, customer_id, eid_number, onboarding_date, consent_version, name_on_eid, eid_issue_date, eid_expiry_date, dob, field_count)
  SELECT $1::uuid, $2::int + t.ord::int, t.c0, t.c1, t.c2, t.c3, t.c4, t.c5, t.c6, t.c7, t.n
  FROM UNNEST($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[])
    WITH ORDINALITY AS t(c0, c1, c2, c3, c4, c5, c6, c7, n, ord)`;

/** Stores CSV rows as received (template column order), numbered from `firstRowNo`. */
export async function insertRecords(tx: Prisma.TransactionClient, batchId: string, firstRowNo: number, rows: string[][]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Array.from({ length: COLUMNS }, (_, c) => rows.map((row) => row[c] ?? null));
  const counts = rows.map((row) => row.length);
  await tx.$executeRawUnsafe(INSERT, batchId, firstRowNo - 1, ...columns, counts);
}
