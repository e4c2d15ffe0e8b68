import type { PrismaClient, SandboxBatch } from "../generated/prisma/client";
import { inPublishedOrder } from "../errors/error-order";
import type { RecordError } from "../errors/record-errors";
import { validateInput } from "../processing/validate-input";
import { storedRowColumns, type StoredRow } from "../processing/stored-row";
import { isRegistryError, type Resident, type ResidentRegistry } from "../registry/resident-registry";

type CustomerRow = StoredRow & { status: "success" | "failure" | null; errors: RecordError[] | null; transaction_id: string | null; digitization_id: string | null; processed_at: Date | null };

export type CustomerData =
  | { kind: "not_found" }
  | { kind: "not_ready" }
  | { kind: "failed"; errors: RecordError[] }
  | { kind: "found"; resident: Resident; row: CustomerRow };

/**
 * A customer's outcome in a batch: their first row (a later duplicate failed on its own).
 * The resident file is asked of the registry again rather than stored: the synthetic one is
 * deterministic, and a million stored profiles would cost gigabytes.
 */
export async function getCustomerData(prisma: PrismaClient, registry: ResidentRegistry, batch: SandboxBatch, customerId: string): Promise<CustomerData> {
  const [row] = await prisma.$queryRawUnsafe<CustomerRow[]>(
    `SELECT ${storedRowColumns("r")}, o.status::text AS status, o.errors, o.transaction_id, o.digitization_id, o.processed_at
     FROM sandbox_record r LEFT JOIN sandbox_record_outcome o ON o.batch_id = r.batch_id AND o.row_no = r.row_no
     WHERE r.batch_id = $1::uuid AND r.customer_id = $2 ORDER BY r.row_no LIMIT 1`,
    batch.id, customerId,
  );
  if (!row) return { kind: "not_found" };
  if (batch.status !== "completed" || !row.status) return { kind: "not_ready" };
  if (row.status === "failure") return { kind: "failed", errors: inPublishedOrder(row.errors) };
  const input = validateInput(row, false);
  if (!input.ok) return { kind: "failed", errors: input.errors };
  const found = await registry.lookup(input.value.eid, input.value.row);
  if (isRegistryError(found)) return { kind: "failed", errors: [found.error] };
  return { kind: "found", resident: found, row };
}
