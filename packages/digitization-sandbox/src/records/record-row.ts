import type { RecordError } from "../errors/record-errors";

/** A processed record as the read endpoints select it. */
export type RecordRow = {
  id: string;
  batch_id: string;
  row_no: number;
  customer_id: string | null;
  status: "success" | "failure";
  transaction_id: string | null;
  digitization_id: string | null;
  eid_number: string | null;
  name_on_eid: string | null;
  dob: string | null;
  eid_issue_date: string | null;
  eid_expiry_date: string | null;
  onboarding_date: string | null;
  consent_version: string | null;
  errors: RecordError[] | null;
  created_at: Date;
  processed_at: Date | null;
};

/** Processed records only: a record joined with its outcome (`r`, `o`). */
export const SELECT_PROCESSED = `SELECT r.id, r.batch_id, r.row_no, r.customer_id, o.status::text AS status, o.transaction_id,
    o.digitization_id, r.eid_number, r.name_on_eid, r.dob, r.eid_issue_date, r.eid_expiry_date, r.onboarding_date,
    r.consent_version, o.errors, r.created_at, o.processed_at
  FROM sandbox_record_outcome o JOIN sandbox_record r ON r.batch_id = o.batch_id AND r.row_no = o.row_no`;
