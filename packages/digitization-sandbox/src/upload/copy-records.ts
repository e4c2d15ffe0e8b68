// A submit's rows go into sandbox_record through one COPY ... FROM STDIN on the submit's own
// connection, inside its transaction: PostgreSQL parses plain text lines instead of nine array
// parameters, and nothing goes through Prisma's parameter handling. Measured against the UNNEST
// insert it replaced in docs/sandbox.md.
import { randomUUID } from "node:crypto";
import { once } from "node:events";
import { finished } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { copyField } from "../db/copy-text";

const COLUMNS = 8;
const COPY = `COPY sandbox_record
  (batch_id, row_no, id, customer_id, eid_number, onboarding_date, consent_version, name_on_eid, eid_issue_date, eid_expiry_date, dob, field_count)
  FROM STDIN`;

export type RecordCopy = {
  /** Queues CSV rows (template column order), numbered on from the last; waits when the connection is behind. */
  write(rows: string[][]): Promise<void>;
  /** Ends the COPY and waits for PostgreSQL to accept every row. */
  end(): Promise<void>;
};

/** Opens the COPY on `client` (in a transaction): nothing else may run on it until `end`. */
export function copyRecords(client: pg.PoolClient, batchId: string): RecordCopy {
  const stream = client.query(copyFrom(COPY));
  // A failed COPY errors the stream at any moment; kept here and thrown at the next write or the
  // end, so an error between two writes is never an unhandled event.
  let failure: Error | null = null;
  stream.on("error", (error) => (failure ??= error));
  let rowNo = 0;
  return {
    async write(rows) {
      if (failure) throw failure;
      let text = "";
      for (const row of rows) {
        // The record's id comes from here, not a column default: PostgreSQL's gen_random_uuid()
        // cost more per row than the rest of the row's insert (schema.prisma).
        text += `${batchId}\t${++rowNo}\t${randomUUID()}`;
        for (let c = 0; c < COLUMNS; c++) text += `\t${copyField(row[c])}`;
        text += `\t${row.length}\n`;
      }
      if (!stream.write(text)) await once(stream, "drain");
    },
    async end() {
      if (failure) throw failure;
      stream.end();
      await finished(stream);
    },
  };
}
