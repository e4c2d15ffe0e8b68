// The EID template as shared/spec/csv-template.md publishes it: eight columns, in this order.
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

export const TEMPLATE_HEADER_LINE = TEMPLATE_COLUMNS.join(",");
