import type { ValidationReport } from "@/lib/csv/validation-report";

// Whether Upload may be pressed, and which message says why not (report-text.ts words it).
// Pure and tested: this is the rule a reviewer checks first.

export type DuplicateState = { state: "loading" } | { state: "error" } | { state: "done"; count: number };

export type GateInput = {
  report: Pick<ValidationReport, "blocking" | "errorCount" | "warningCount" | "fileError">;
  duplicates: DuplicateState;
  acknowledged: boolean;
  /** The server refused this very file (422 verification, 409 duplicate): sending it again cannot succeed. */
  refusedByServer?: boolean;
};

/** Why Upload may not be pressed: a message key of the `upload` catalogue and its count. */
export type UploadBlock = {
  key: "blockedUnreadable" | "blockedErrors" | "blockedRefused" | "checkingDuplicates" | "blockedDuplicate" | "tickToEnable";
  count: number;
};

export function uploadBlock({ report, duplicates, acknowledged, refusedByServer = false }: GateInput): UploadBlock | null {
  const block = (key: UploadBlock["key"], count = 0) => ({ key, count });
  if (report.fileError) return block("blockedUnreadable");
  if (report.blocking) return block("blockedErrors", report.errorCount);
  if (refusedByServer) return block("blockedRefused");
  if (duplicates.state === "loading") return block("checkingDuplicates");
  if (duplicates.state === "done" && duplicates.count > 0) return block("blockedDuplicate");
  if (report.warningCount > 0 && !acknowledged) return block("tickToEnable");
  // A failed duplicate pre-check does not block: the server refuses duplicates itself (409).
  return null;
}
