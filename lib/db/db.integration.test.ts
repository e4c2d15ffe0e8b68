import { describe, expect, it } from "vitest";
import { applyMigrations } from "./migrate";
import { openDatabase } from "./open-database";
import { databaseTargets } from "@/test/database-targets";

describe.each(databaseTargets())("data layer on %s", (_name, target) => {
  it("applies migrations once, records them like prisma migrate deploy, and keeps data across reopen", async () => {
    const url = await target.freshUrl();
    const first = await openDatabase({ url });
    expect((await applyMigrations(first.sql)).length).toBeGreaterThan(0);
    expect(await applyMigrations(first.sql)).toEqual([]);
    const rows = await first.sql.rows<{ migration_name: string; checksum: string }>(`SELECT migration_name, checksum FROM "_prisma_migrations"`);
    expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
    await first.prisma.organization.create({ data: { name: "Persisted Bank" } });
    await first.close();

    const second = await openDatabase({ url });
    expect(await second.prisma.organization.count({ where: { name: "Persisted Bank" } })).toBe(1);
    await second.close();
  });

  it("rejects undefined in a filter instead of silently matching everything (strictUndefinedChecks)", async () => {
    const database = await openDatabase({ url: await target.freshUrl() });
    await applyMigrations(database.sql);
    await expect(database.prisma.user.findFirst({ where: { email: undefined } })).rejects.toThrow();
    await database.close();
  });
});
