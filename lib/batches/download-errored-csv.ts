import "server-only";
import { auditFields, recordAudit, type RequestContext } from "@/lib/audit/write-audit";
import { getErroredRecords } from "@/lib/digitization/client";
import { logger } from "@/lib/log/logger";
import { attachmentDisposition, erroredFileName } from "./errored-file-name";
import { erroredCsvStream } from "./errored-csv";
import { erroredPages } from "./errored-pages";
import type { BatchTarget } from "./load-batch-target";

/** A guard against a server that never says "no next page", far above any real batch. */
const MAX_PAGES = 200_000;
/** ~16 calls a second: the platform allows 25 per key, and others share the key. */
const PAGE_INTERVAL_MS = 60;

/**
 * The errored rows as a CSV download, streamed page by page. The first page is fetched
 * before answering, so an unknown batch or a refused key is a proper error response, not a
 * broken download.
 */
export async function downloadErroredCsv(target: BatchTarget, caller: RequestContext): Promise<Response> {
  const fetchPage = (pageNo: number) =>
    getErroredRecords({ ...target.api, batchId: target.batchId, pageNo }).catch((error: unknown) => {
      if (pageNo > 1) logger.error({ correlationId: caller.correlationId, batchId: target.batchId, pageNo, err: error }, "errored rows download broke off");
      throw error;
    });
  const first = await fetchPage(1);
  await recordAudit({
    ...auditFields(caller, { type: "request", id: target.request.id, organizationId: target.request.organizationId }),
    action: "batch.errored-rows.downloaded",
    outcome: "SUCCESS",
    details: { batchId: target.batchId },
  });
  const body = erroredCsvStream(erroredPages(fetchPage, { maxPages: MAX_PAGES, minIntervalMs: PAGE_INTERVAL_MS, first }), target.request.id);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": attachmentDisposition(erroredFileName(target.request.fileName)),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
