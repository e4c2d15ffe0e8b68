// Test Emirates IDs, like a payment sandbox's test card numbers: the 7-digit block at
// positions 8-14 of the 15 digits, when it is 00000 followed by 01-08, picks the scenario.
import type { BusinessErrorCode } from "../errors/record-errors";

export const TEST_SCENARIOS: Record<string, BusinessErrorCode> = {
  "0000001": "RESIDENT_NOT_FOUND",
  "0000002": "IMMIGRATION_STATUS_INACTIVE",
  "0000003": "MISSING_EXPIRY_DATE",
  "0000004": "INVALID_EXPIRY_DATE",
  "0000005": "EXPIRED_EID",
  "0000006": "MARITAL_STATUS_DEAD",
  "0000007": "CURRENT_COUNTRY_ABBR_NOT_FOUND",
  "0000008": "RESIDENT_NIN_GCC_NOR_ACTIVE_IMG_STATUS",
};

/** The business error a 15-digit test EID is wired to, or null for an ordinary number. */
export function testScenario(eid: string): BusinessErrorCode | null {
  return TEST_SCENARIOS[eid.slice(7, 14)] ?? null;
}
