import type pg from "pg";

/**
 * Runs `work` in one transaction on a connection of its own, for the paths that use `pg`
 * directly (COPY, bulk reads and writes Prisma would slow down). On an error the connection is
 * closed rather than returned: PostgreSQL rolls the transaction back with it, even when a COPY
 * was still open on it, and the pool never hands out a connection in an unknown state.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    client.release();
    return result;
  } catch (error) {
    client.release(error instanceof Error ? error : true);
    throw error;
  }
}
