import { describe, expect, it } from "vitest";
import { db, getDatabase } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { describeChainReport, verifyAuditChain } from "./verify-audit-chain";
import { recordAudit } from "./write-audit";

describe.each(databaseTargets())("audit chain verification on %s", (_name, target) => {
  usePortalDatabase(target);

  async function ids() {
    const prisma = await db();
    return (await prisma.auditEvent.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map((r) => r.id);
  }

  it("finds the intact chain, then the exact first entry edited or deleted in the database", async () => {
    for (let i = 0; i < 7; i++) {
      // Keys out of jsonb's own order, nested values and a date: the hash must survive storage.
      await recordAudit({ action: `test.event-${i}`, outcome: "SUCCESS", actorEmail: `a${i}@test.example`, details: { zeta: i, alpha: { nested: [1, { y: 2, b: "x" }] }, when: new Date(0) } });
    }
    const prisma = await db();
    const all = await ids();
    const intact = await verifyAuditChain(prisma, { pageSize: 3 });
    expect(intact).toEqual({ intact: true, entries: all.length });
    expect(describeChainReport(intact)).toBe(`chain intact (${all.length} entries)`);

    const { sql } = await getDatabase();
    const edited = all[2]!;
    const [original] = await sql.rows<{ details: string; action: string }>(`SELECT details::text AS details, action FROM "AuditEvent" WHERE id = ${edited}`);
    await sql.exec(`UPDATE "AuditEvent" SET details = '{"zeta": 99}' WHERE id = ${edited}`);
    const afterEdit = await verifyAuditChain(prisma, { pageSize: 3 });
    expect(afterEdit).toMatchObject({ intact: false, entries: 2, broken: { id: String(edited), reason: "content" } });
    if (!afterEdit.intact) expect(afterEdit.broken.stored).not.toBe(afterEdit.broken.expected);

    await sql.rows(`UPDATE "AuditEvent" SET details = $1::jsonb WHERE id = ${edited}`, [original!.details]);
    expect((await verifyAuditChain(prisma)).intact).toBe(true);

    const renamed = all[4]!;
    await sql.exec(`UPDATE "AuditEvent" SET action = 'test.innocent' WHERE id = ${renamed}`);
    expect(await verifyAuditChain(prisma, { pageSize: 2 })).toMatchObject({ intact: false, broken: { id: String(renamed), reason: "content" } });
    await sql.exec(`UPDATE "AuditEvent" SET action = '${original!.action.replace("2", "4")}' WHERE id = ${renamed}`);
    expect((await verifyAuditChain(prisma)).intact).toBe(true);

    const deleted = all[3]!;
    await sql.exec(`DELETE FROM "AuditEvent" WHERE id = ${deleted}`);
    const afterDelete = await verifyAuditChain(prisma, { pageSize: 2 });
    expect(afterDelete).toMatchObject({ intact: false, entries: 3, broken: { id: String(all[4]), reason: "link" } });
    expect(describeChainReport(afterDelete)).toContain(`chain broken at entry ${all[4]}`);
  });

  it("reports a deleted first entry at the entry that now starts the chain", async () => {
    const prisma = await db();
    const { sql } = await getDatabase();
    await sql.exec(`DELETE FROM "AuditEvent"`);
    for (let i = 0; i < 3; i++) await recordAudit({ action: "test.start", outcome: "SUCCESS" });
    const all = await ids();
    expect(await verifyAuditChain(prisma)).toEqual({ intact: true, entries: 3 });
    await sql.exec(`DELETE FROM "AuditEvent" WHERE id = ${all[0]}`);
    expect(await verifyAuditChain(prisma)).toMatchObject({ intact: false, entries: 0, broken: { id: String(all[1]), reason: "link" } });
  });
});
