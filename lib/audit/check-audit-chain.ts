import "server-only";
import { db } from "@/lib/db/client";
import type { ChainStatus } from "./contracts";
import { describeChainReport, verifyAuditChain } from "./verify-audit-chain";
import { auditFields, recordAudit, type RequestContext } from "./write-audit";

/** The "Verify chain" button: walks the whole chain and records that it was checked, and the result. */
export async function checkAuditChain(ctx: RequestContext): Promise<ChainStatus> {
  const report = await verifyAuditChain(await db());
  const message = describeChainReport(report);
  const brokenId = report.intact ? null : report.broken.id;
  await recordAudit({
    ...auditFields(ctx), organizationId: null, action: "audit.chain-verified", outcome: report.intact ? "SUCCESS" : "FAILURE", details: { entries: report.entries, brokenId },
  });
  return { intact: report.intact, entries: report.entries, brokenId, brokenReason: report.intact ? null : report.broken.reason, message, checkedAt: new Date().toISOString() };
}
