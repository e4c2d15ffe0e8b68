import type { RecordError } from "../errors/record-errors";
import { isRegistryError, type ResidentRegistry } from "../registry/resident-registry";
import { checkResident } from "./check-resident";
import type { StoredRow } from "./stored-row";
import { validateInput } from "./validate-input";

export type Outcome = { status: "success" } | { status: "failure"; errors: RecordError[] };

/** One record through the service's steps: VALIDATE_INPUT, GET_RESIDENT_DATA, VALIDATE_RESIDENT_INFO. */
export async function evaluateRecord(row: StoredRow, duplicate: boolean, registry: ResidentRegistry, today: string): Promise<Outcome> {
  const input = validateInput(row, duplicate);
  if (!input.ok) return { status: "failure", errors: input.errors };
  const found = await registry.lookup(input.value.eid, input.value.row);
  if (isRegistryError(found)) return { status: "failure", errors: [found.error] };
  const broken = checkResident(found, today);
  return broken ? { status: "failure", errors: [broken] } : { status: "success" };
}
