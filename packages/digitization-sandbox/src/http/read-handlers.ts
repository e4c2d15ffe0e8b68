import { findClientBatch } from "../batches/find-client-batch";
import { statusBody } from "../batches/batch-bodies";
import { listErrored } from "../records/list-errored";
import { listRecords } from "../records/list-records";
import { erroredBody, recordBody } from "../records/record-bodies";
import type { EndpointContext } from "./endpoint";
import { erroredQuery, parseOrReject, recordsQuery, searchParams } from "./query-params";
import { jsonResponse } from "./respond";

const batchOf = (ctx: EndpointContext) => findClientBatch(ctx.prisma, ctx.caller.clientId, ctx.params.batchId);

/** GET /batch/{batchId}/status, in the configured dialect. */
export async function handleStatus(ctx: EndpointContext): Promise<Response> {
  return jsonResponse(200, statusBody(await batchOf(ctx), ctx.deps.dialect()));
}

/** GET /batch/{batchId}/records?page=&limit= (+ sandbox filters status=, customer_id=). */
export async function handleRecords(ctx: EndpointContext): Promise<Response> {
  const batch = await batchOf(ctx);
  const q = parseOrReject(recordsQuery, searchParams(ctx.request));
  const { total, rows } = await listRecords(ctx.prisma, batch, { page: q.page, limit: q.limit, status: q.status, customerId: q.customer_id });
  return jsonResponse(200, {
    data: { page: q.page, limit: q.limit, total_count: total, total_pages: Math.ceil(total / q.limit), records: rows.map(recordBody) },
    message: "Batch records fetched successfully",
    success: true,
  });
}

/** GET /batch/{batchId}/errored?page_no= — note the guide's own `hasNext` in camelCase. */
export async function handleErrored(ctx: EndpointContext): Promise<Response> {
  const batch = await batchOf(ctx);
  const { page_no } = parseOrReject(erroredQuery, searchParams(ctx.request));
  const { rows, hasNext } = await listErrored(ctx.prisma, batch, page_no);
  return jsonResponse(200, {
    data: { batch_id: batch.id, page_no, hasNext, data: rows.map(erroredBody) },
    message: "Errored records fetched successfully",
    success: true,
  });
}
