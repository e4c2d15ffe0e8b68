// npm run audit:verify — walks the audit log's hash chain in id order and reports the first
// broken link, or "chain intact (N entries)". Exit code 0 intact, 1 broken, 2 could not check.
// Run with: npx tsx --conditions=react-server prisma/audit-verify.ts
// It runs beside the portal: without DATABASE_URL it uses the embedded PostgreSQL of DATA_DIR
// (the running portal's, or started for the check and stopped after it).
import { closeDatabase, db } from "@/lib/db/client";
import { startEmbeddedPostgresUnlessConfigured } from "@/lib/db/start-default-database";
import { describeChainReport, verifyAuditChain } from "@/lib/audit/verify-audit-chain";

try {
  await startEmbeddedPostgresUnlessConfigured();
  const report = await verifyAuditChain(await db());
  console.log(describeChainReport(report));
  process.exitCode = report.intact ? 0 : 1;
} catch (error) {
  console.error("Could not check the audit chain:", error instanceof Error ? error.message : error);
  process.exitCode = 2;
} finally {
  await closeDatabase();
}
