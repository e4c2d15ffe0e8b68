// Page parameters are checked before a call: a NaN or 0 would otherwise reach the API's URL.
import { DigitizationError } from "./errors";

export function assertPageNumber(value: number, name: string): number {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new DigitizationError("invalid_input", `${name} must be a positive integer`);
  }
  return value;
}
