/** A record row as stored at submit: the CSV strings exactly as received. */
export type StoredRow = {
  row_no: number;
  customer_id: string | null;
  eid_number: string | null;
  onboarding_date: string | null;
  consent_version: string | null;
  name_on_eid: string | null;
  eid_issue_date: string | null;
  eid_expiry_date: string | null;
  dob: string | null;
  field_count: number;
};

const COLUMNS = ["row_no", "customer_id", "eid_number", "onboarding_date", "consent_version", "name_on_eid", "eid_issue_date", "eid_expiry_date", "dob", "field_count"];

/** The select list of a StoredRow from sandbox_record aliased `alias`. */
export const storedRowColumns = (alias: string) => COLUMNS.map((c) => `${alias}.${c}`).join(", ");
