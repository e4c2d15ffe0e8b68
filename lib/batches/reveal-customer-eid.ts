import "server-only";
import { auditFields, recordAudit, type RequestContext } from "@/lib/audit/write-audit";
import { notFound } from "@/lib/http/errors";
import type { RevealDto } from "./contracts";
import { fetchCustomerData } from "./fetch-customer-data";
import type { BatchTarget } from "./load-batch-target";
import { formatEid } from "./mask-eid";

/**
 * The unmasked Emirates ID of one digitised customer. Audited before it is returned, so
 * no reveal goes unrecorded: if the audit write fails, nothing is shown.
 */
export async function revealCustomerEid(target: BatchTarget, { customerId, reason }: { customerId: string; reason: string }, caller: RequestContext): Promise<RevealDto> {
  const result = await fetchCustomerData(target, customerId);
  const eid = result.kind === "profile" ? result.profile.sections.residenceInfo.emiratesIdNumber : null;
  if (!eid) throw notFound("This customer has no digitised Emirates ID to reveal.");
  await recordAudit({
    ...auditFields(caller, { type: "request", id: target.request.id, organizationId: target.request.organizationId }),
    action: "personal-data.revealed",
    outcome: "SUCCESS",
    // The bank's own customer id and the approver's reason; the number itself never enters the log.
    details: { customerId, reason },
  });
  return { customerId, emiratesIdNumber: formatEid(eid) };
}
