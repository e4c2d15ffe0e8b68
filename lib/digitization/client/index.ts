import "server-only";
// The Digitization API client's public surface: the five endpoints and what a caller needs to
// call them and read their answers. Server-only as a whole because the calls carry the
// organization's key. Browser code imports the browser-safe files directly: ./model (types),
// ./normalize (status helpers), ./poll-advice, ./errors, ./destination (the admin form's check).
export { getBatchRecords, type RecordsFilter } from "./get-batch-records";
export { getBatchStatus } from "./get-batch-status";
export { getCustomerData } from "./get-customer-data";
export { getErroredRecords } from "./get-errored-records";
export { submitBatch } from "./submit-batch";
export { resetCircuits, type ApiTarget, type TransportOptions } from "./transport";
export { DigitizationError, isDigitizationError, type DigitizationErrorKind } from "./errors";
export { isTerminalStatus, toBatchStatus } from "./normalize";
export type * from "./model";
