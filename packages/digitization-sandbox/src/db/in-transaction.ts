import type pg from "pg";

/**
 * Runs `work` in one transaction on a connection of its own, for the paths that use `pg`
 * directly (COPY, bulk reads and writes Prisma would slow down). On an error the connection is
 * closed rather than returned: PostgreSQL rolls the transaction back with it, even when a COPY
 * was still open on it, and the pool never hands out a connection in an unknown state.
 *
 * `timeoutMs` bounds it as Prisma's transaction timeout did: a statement running longer, or a
 * pause between statements longer, ends the transaction in PostgreSQL itself (rolled back, its
 * locks freed: a processing chunk's claim on its batch among them), so a hung worker cannot hold
 * them until its connection happens to die.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, { timeoutMs }: { timeoutMs: number }): Promise<T> {
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs must be a positive whole number of milliseconds, not ${timeoutMs}`);
  const client = await pool.connect();
  // PostgreSQL ends a transaction idle past the timeout by closing its connection. Between
  // statements that arrives as an 'error' event, which would crash the process unheard: it is
  // left to the next query, which fails with it and rolls the work back through the catch below.
  client.on("error", closedMeanwhile);
  try {
    await client.query("BEGIN");
    await client.query(`SET LOCAL statement_timeout = ${timeoutMs}; SET LOCAL idle_in_transaction_session_timeout = ${timeoutMs}`);
    const result = await work(client);
    await client.query("COMMIT");
    client.off("error", closedMeanwhile);
    client.release();
    return result;
  } catch (error) {
    // The connection is destroyed, not pooled: the listener stays for whatever it still emits.
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}

function closedMeanwhile(): void {}
