// Client model → what the browser receives. Pure. The key and raw upstream JSON never reach
// here; Emirates IDs leave masked.
import type { BatchRecord, ErroredPage, RecordsPage } from "@/lib/digitization/client/model";
import type { ErroredPageDto, RecordDto, RecordsPageDto } from "./contracts";
import { maskEid } from "./mask-eid";

function toRecordDto(r: BatchRecord): RecordDto {
  return {
    id: r.id ?? null,
    customerId: r.customerId ?? null,
    status: r.status ?? "unknown",
    documentNumberMasked: maskEid(r.documentNumber),
    nameOnDocument: r.nameOnDocument ?? null,
    dateOfBirth: r.dateOfBirth ?? null,
    issueDate: r.documentIssueDate ?? null,
    expiryDate: r.documentExpiryDate ?? null,
    onboardingDate: r.onboardingDate ?? null,
    businessErrors: r.businessErrors,
  };
}

export function toRecordsPageDto(p: RecordsPage): RecordsPageDto {
  return { page: p.page, limit: p.limit, totalCount: p.totalCount, totalPages: p.totalPages, records: p.records.map(toRecordDto) };
}

export function toErroredPageDto(p: ErroredPage): ErroredPageDto {
  return {
    pageNo: p.pageNo,
    hasNext: p.hasNext,
    items: p.items.map(({ businessErrors, inputData: i }) => ({
      businessErrors,
      // Only the template's columns: image payloads and card numbers stay behind.
      input: {
        customer_id: i.customer_id,
        eid_number: maskEid(i.eid_number) ?? "",
        name_on_eid: i.name_on_eid,
        dob: i.dob,
        eid_issue_date: i.eid_issue_date,
        eid_expiry_date: i.eid_expiry_date,
        onboarding_date: i.onboarding_date,
        consent_version: i.consent_version,
      },
    })),
  };
}
