import "server-only";
// Public API of the Digitization API client. Server-only as a whole because it exports the
// calls that carry the organization's key. Browser code imports the pieces it may use
// directly: ./model (types), ./normalize-status, ./poll-advice, ./errors.
export { getBatchRecords } from "./get-batch-records";
export { getBatchStatus } from "./get-batch-status";
export { getCustomerData } from "./get-customer-data";
export { getErroredRecords } from "./get-errored-records";
export { SUBMIT_TIMEOUT_MS, submitBatch, type SubmitBatchInput } from "./submit-batch";
export type { CsvChunks, CsvSource, SubmitBody } from "./submit-body";
export type { ApiTarget } from "./call-api";
export { DEFAULT_TIMEOUT_MS, type RetryLogger, type TransportOptions } from "./request";
export { DEFAULT_RETRY_POLICY, backoffDelayMs, parseRetryAfterMs, type RetryPolicy } from "./backoff";
export { DigitizationError, isDigitizationError, type DigitizationErrorKind } from "./errors";
export { DEFAULT_POLL_ADVICE, nextPollDelayMs, type PollAdvice } from "./poll-advice";
export { isTerminalStatus, toBatchStatus, toRecordStatus } from "./normalize-status";
export { isBatchId } from "./batch-id";
export type * from "./model";
