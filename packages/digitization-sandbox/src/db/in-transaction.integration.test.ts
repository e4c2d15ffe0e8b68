import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./open-database";
import { openTestDatabase } from "../testing/test-database";
import { inTransaction } from "./in-transaction";

describe("inTransaction", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
    await database.pool.query("CREATE TABLE in_tx_probe (n int)");
  });
  afterAll(async () => database?.close());
  const rows = async () => (await database.pool.query<{ n: number }>("SELECT n FROM in_tx_probe ORDER BY n")).rows.map((r) => r.n);

  it("commits what the work wrote", async () => {
    await inTransaction(database.pool, (c) => c.query("INSERT INTO in_tx_probe VALUES (1)"), { timeoutMs: 5_000 });
    expect(await rows()).toEqual([1]);
  });

  it("ends a statement that runs past the timeout, and rolls back what came before it", async () => {
    await expect(inTransaction(database.pool, async (c) => {
      await c.query("INSERT INTO in_tx_probe VALUES (2)");
      await c.query("SELECT pg_sleep(2)");
    }, { timeoutMs: 300 })).rejects.toThrow(/statement timeout/);
    expect(await rows()).toEqual([1]);
  });

  it("ends a transaction left idle past the timeout (a hung worker), so its locks are freed", async () => {
    await expect(inTransaction(database.pool, async (c) => {
      await c.query("INSERT INTO in_tx_probe VALUES (3)");
      await c.query("LOCK TABLE in_tx_probe IN EXCLUSIVE MODE");
      await sleep(1_500);
      await c.query("SELECT 1");
    }, { timeoutMs: 300 })).rejects.toThrow();
    expect(await rows()).toEqual([1]);
    // The lock went with it: another transaction writes at once.
    await inTransaction(database.pool, (c) => c.query("INSERT INTO in_tx_probe VALUES (4)"), { timeoutMs: 1_000 });
    expect(await rows()).toEqual([1, 4]);
  });
});
