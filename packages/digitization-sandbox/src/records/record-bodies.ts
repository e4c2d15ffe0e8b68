// Record shapes of the records and errored endpoints (guide dialect, the only one published).
import { inPublishedOrder } from "../errors/error-order";
import { normaliseEid } from "../processing/validate-input";
import type { RecordRow } from "./record-row";

const text = (v: string | null) => v ?? "";

export function recordBody(r: RecordRow) {
  const eid = text(r.eid_number);
  return {
    id: r.id,
    batch_id: r.batch_id,
    customer_id: text(r.customer_id),
    status: r.status,
    transaction_id: r.transaction_id,
    digitization_id: r.digitization_id,
    document_type: "EID",
    // 15 bare digits when the number is valid; otherwise exactly what the file held.
    document_number: normaliseEid(eid) ?? eid,
    name_on_document: text(r.name_on_eid),
    date_of_birth: text(r.dob),
    document_issue_date: text(r.eid_issue_date),
    document_expiry_date: text(r.eid_expiry_date),
    onboarding_date: text(r.onboarding_date),
    consent_version: text(r.consent_version),
    validity: r.status === "success" ? "VALID" : "INVALID",
    errors: r.status === "failure" ? { business_error: inPublishedOrder(r.errors) } : {},
    created_at: r.created_at.toISOString(),
    updated_at: (r.processed_at ?? r.created_at).toISOString(),
  };
}

/** A failed record with its CSV row exactly as uploaded (dates stay DD/MM/YYYY). */
export function erroredBody(r: RecordRow) {
  return {
    status: "failure",
    business_errors: inPublishedOrder(r.errors),
    input_data: {
      customer_id: text(r.customer_id),
      eid_number: text(r.eid_number),
      name_on_eid: text(r.name_on_eid),
      dob: text(r.dob),
      eid_issue_date: text(r.eid_issue_date),
      eid_expiry_date: text(r.eid_expiry_date),
      onboarding_date: text(r.onboarding_date),
      consent_version: text(r.consent_version),
    },
  };
}
