import type { RecordError } from "../errors/record-errors";
import { isRegistryError, type RegistryRequest, type ResidentRegistry } from "../registry/resident-registry";
import { checkResident } from "./check-resident";
import type { StoredRow } from "./stored-row";
import { validateInput } from "./validate-input";

export type Outcome = { status: "success" } | { status: "failure"; errors: RecordError[] };

/**
 * Records through the service's steps, in order: VALIDATE_INPUT, GET_RESIDENT_DATA (one
 * registry call for all the records whose input passed), VALIDATE_RESIDENT_INFO.
 */
export async function evaluateRecords(rows: readonly (StoredRow & { duplicate: boolean })[], registry: ResidentRegistry, today: string): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const asked: RegistryRequest[] = [];
  const askedFor: number[] = [];
  for (const row of rows) {
    const input = validateInput(row, row.duplicate);
    if (input.ok) {
      askedFor.push(outcomes.length);
      asked.push(input.value);
    }
    outcomes.push(input.ok ? SUCCESS : { status: "failure", errors: input.errors });
  }
  const answers = asked.length ? await registry.screen(asked) : [];
  if (answers.length !== asked.length) throw new Error(`resident registry answered ${answers.length} of ${asked.length} requests`);
  answers.forEach((answer, i) => {
    const broken = isRegistryError(answer) ? answer.error : checkResident(answer, today);
    if (broken) outcomes[askedFor[i]!] = { status: "failure", errors: [broken] };
  });
  return outcomes;
}

const SUCCESS: Outcome = { status: "success" };
