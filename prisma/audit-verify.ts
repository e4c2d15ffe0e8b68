// npm run audit:verify — walks the audit log's hash chain in id order and reports the first
// broken link, or "chain intact (N entries)". Exit code 0 intact, 1 broken, 2 could not check.
// Run with: npx tsx --conditions=react-server prisma/audit-verify.ts
// The embedded database (PGlite) is single-process: stop the portal first, or use the audit
// page's "Verify chain" button while it runs. On PostgreSQL it runs beside the portal.
import { closeDatabase, db } from "@/lib/db/client";
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify-audit-chain";

try {
  const report = await verifyAuditChain(await db());
  console.log(describeChainReport(report));
  process.exitCode = report.intact ? 0 : 1;
} catch (error) {
  console.error("Could not check the audit chain:", error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await closeDatabase();
}
