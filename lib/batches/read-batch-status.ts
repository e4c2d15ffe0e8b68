import "server-only";
import { getBatchStatus } from "@/lib/digitization/client";
import type { BatchStatusDto } from "./contracts";
import type { BatchTarget } from "./load-batch-target";
import { recordBatchStatus } from "./record-batch-status";
import { toBatchStatusDto } from "./to-batch-dtos";

export async function readBatchStatus(target: BatchTarget): Promise<BatchStatusDto> {
  const summary = await getBatchStatus({ ...target.api, batchId: target.batchId });
  await recordBatchStatus(target.request, summary.status);
  return toBatchStatusDto(summary);
}
