// Batch ids are UUIDs. Checking before a call keeps odd input out of URL paths (no "../"
// or "?" smuggled into a request made with the organization's key) and saves a round trip.
import { DigitizationError } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isBatchId(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

export function assertBatchId(value: unknown): string {
  if (!isBatchId(value)) throw new DigitizationError("invalid_input", "The batch id must be a UUID");
  return value;
}
