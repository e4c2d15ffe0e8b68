// The processor judges a chunk with `screen` (six facts per resident); getCustomerData shows the
// whole file from `lookup`. Both must tell the same story for every request, and the whole file
// must stay what it was before `screen` existed (customers already saw those profiles).
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkResident } from "../processing/check-resident";
import { validateInput } from "../processing/validate-input";
import type { StoredRow } from "../processing/stored-row";
import { eid, goodRow, testEid } from "../testing/fixtures";
import { isRegistryError, statusOf, type RegistryRequest } from "./resident-registry";
import { syntheticRegistry } from "./synthetic-registry";
import { TEST_SCENARIOS } from "./test-eids";

const COLS = ["customer_id", "eid_number", "onboarding_date", "consent_version", "name_on_eid", "eid_issue_date", "eid_expiry_date", "dob"] as const;
const NAMES = ["Customer Number 1", "Fatima Al Kaabi", "MOHAMMED AL-MANSOORI", "نورة الكعبي", "Sara Thompson", "  kartik   naik ", "Ali", "x"];
const TODAYS = ["2026-11-28", "2030-06-15", "2040-01-01"];

/** Rows of every kind: ordinary, each test scenario (and the 09 that is none), bad input, expiries around the days above. */
function rows(): StoredRow[] {
  const out: StoredRow[] = [];
  for (let i = 0; i < 3_000; i++) {
    const scenario = i % 11; // 1-8 test scenarios, 9 no scenario, 0 and 10 ordinary
    const year = String(1950 + (i % 70));
    const number = scenario >= 1 && scenario <= 9 ? testEid(scenario, year) : eid(String(1_000_000 + i * 7919), year);
    const expiry = `${String(1 + (i % 28)).padStart(2, "0")}/${String(1 + (i % 12)).padStart(2, "0")}/${2025 + (i % 20)}`;
    const values = goodRow(i, { 1: number, 4: NAMES[i % NAMES.length]!, 5: `0${1 + (i % 9)}/0${1 + (i % 9)}/20${10 + (i % 15)}`, 6: expiry });
    if (i % 53 === 0) values[7] = "31/02/1990"; // bad date
    if (i % 59 === 0) values[1] = "784-1990-1234567-0"; // bad check digit
    const row = { row_no: i + 1, field_count: i % 211 === 0 ? 9 : 8 } as StoredRow;
    COLS.forEach((c, k) => (row[c] = values[k] ?? null));
    out.push(row);
  }
  return out;
}

function requests(): RegistryRequest[] {
  const valid: RegistryRequest[] = [];
  for (const row of rows()) {
    const input = validateInput(row, false);
    if (input.ok) valid.push(input.value);
  }
  return valid;
}

describe("the synthetic registry's two paths", () => {
  it("cover every test scenario among the generated rows", async () => {
    const errors = new Set<string>();
    const reqs = requests();
    for (const today of TODAYS) {
      for (const answer of await syntheticRegistry.screen(reqs)) {
        const broken = isRegistryError(answer) ? answer.error : checkResident(answer, today);
        if (broken) errors.add(broken.error);
      }
    }
    expect([...errors].sort()).toEqual(Object.values(TEST_SCENARIOS).sort());
  });

  it("screen answers exactly the status of the whole file lookup gives, in order", async () => {
    const reqs = requests();
    expect(reqs.length).toBeGreaterThan(2_500);
    const screened = await syntheticRegistry.screen(reqs);
    expect(screened).toHaveLength(reqs.length);
    for (const [i, { eid: number, row }] of reqs.entries()) {
      const full = await syntheticRegistry.lookup(number, row);
      expect(screened[i]).toEqual(isRegistryError(full) ? full : statusOf(full));
      for (const today of TODAYS) {
        const viaScreen = isRegistryError(screened[i]!) ? null : checkResident(screened[i]!, today);
        const viaFile = isRegistryError(full) ? null : checkResident(statusOf(full), today);
        expect(viaScreen).toEqual(viaFile);
      }
    }
    expect(await syntheticRegistry.screen([])).toEqual([]);
  });

  it("keeps every whole file exactly as it was before the screen existed", async () => {
    const hash = createHash("sha256");
    for (const { eid: number, row } of requests()) hash.update(`${JSON.stringify(await syntheticRegistry.lookup(number, row))}\n`);
    // Recorded from the registry as it was (commit af2bb81); a change here changes customers' profiles.
    expect(hash.digest("hex")).toBe("f4f859268e39a6d9078940e78f7b756a74c759ee816df0ef77ff8946b9a63a10");
  });
});
