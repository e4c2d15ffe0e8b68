/**
 * The EID template header (shared/spec/csv-template.md). The platform matches the header
 * byte for byte, so these exact names, in this order, are the only accepted header.
 */
export const TEMPLATE_COLUMNS = [
  "customer_id",
  "eid_number",
  "onboarding_date",
  "consent_version",
  "name_on_eid",
  "eid_issue_date",
  "eid_expiry_date",
  "dob",
] as const;

export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/**
 * The columns the errored-rows download adds after the template's (lib/batches/errored-csv.ts).
 * Taken back as it is, the file is recognized by them: they are dropped with a notice, and
 * source_request (the id of the request whose batch failed these rows) links the correction
 * to its original. Older downloads end at error_message.
 */
export const ERRORED_EXTRA_COLUMNS = ["error_code", "error_message", "source_request"] as const;

/** The header line exactly as the platform publishes it (also used for the template download). */
export const TEMPLATE_HEADER_LINE = TEMPLATE_COLUMNS.join(",");

/** Field positions, named so the row validator never indexes by a magic number. */
export const COL = {
  customerId: 0,
  eid: 1,
  onboarding: 2,
  consent: 3,
  name: 4,
  issue: 5,
  expiry: 6,
  dob: 7,
} as const;
