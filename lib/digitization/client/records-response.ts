// GET /batch/{id}/records?page=&limit= in both dialects, normalised to RecordsPage.
import { z } from "zod";
import { assertEnvelopeSuccess, detectDialect, parseOrThrow } from "./dialect";
import type { RecordsPage } from "./model";
import { toCount } from "./normalize-values";
import { recordSchema, toBatchRecord } from "./record-schema";
import { guideEnvelope, optCount } from "./schema-fields";

const records = z.array(recordSchema).nullish();
const hasRecords = (page: { records?: unknown; data?: unknown }) => page.records != null || page.data != null;
const missingRecords = { message: "records array missing" };

/** Integration guide: `data.records[]` (some responses say `data.data[]`) with totals. */
export const recordsGuideSchema = guideEnvelope(
  z
    .object({ page: optCount, limit: optCount, total_count: optCount, total_pages: optCount, records, data: records })
    .refine(hasRecords, missingRecords),
);

/** Reference style: the same page in camelCase, no envelope. */
export const recordsReferenceSchema = z
  .object({ page: optCount, limit: optCount, totalCount: optCount, totalPages: optCount, records, data: records })
  .refine(hasRecords, missingRecords);

export interface PageRequest {
  page: number;
  limit: number;
}

function readPage(body: unknown): z.output<typeof recordsReferenceSchema> {
  if (detectDialect(body) === "reference") return parseOrThrow(recordsReferenceSchema, body, "batch records");
  const envelope = parseOrThrow(recordsGuideSchema, body, "batch records");
  assertEnvelopeSuccess(envelope);
  const d = envelope.data;
  return { ...d, totalCount: d.total_count, totalPages: d.total_pages };
}

export function parseRecordsBody(body: unknown, requested: PageRequest): RecordsPage {
  const p = readPage(body);
  const list = (p.records ?? p.data ?? []).map(toBatchRecord);
  // Absent pagination fields fall back to what was asked for and what arrived.
  const limit = toCount(p.limit) || requested.limit;
  const totalCount = toCount(p.totalCount) ?? list.length;
  return {
    page: toCount(p.page) || requested.page,
    limit,
    totalCount,
    totalPages: toCount(p.totalPages) ?? Math.ceil(totalCount / limit),
    records: list,
  };
}
