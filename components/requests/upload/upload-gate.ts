import type { ValidationReport } from "@/lib/csv/validation-report";

// Whether Upload may be pressed, and the sentence saying why not. Pure and tested: this is
// the rule a reviewer checks first.

export type DuplicateState = { state: "loading" } | { state: "error" } | { state: "done"; count: number };

export type GateInput = {
  report: Pick<ValidationReport, "blocking" | "errorCount" | "warningCount" | "fileError">;
  duplicates: DuplicateState;
  acknowledged: boolean;
  /** The server refused this very file (422 verification, 409 duplicate): sending it again cannot succeed. */
  refusedByServer?: boolean;
};

export function uploadBlockedReason({ report, duplicates, acknowledged, refusedByServer = false }: GateInput): string | null {
  if (report.fileError) return "Upload is disabled because the file cannot be read as the EID template. Fix the problem described above and choose the corrected file.";
  if (report.blocking) {
    const n = report.errorCount;
    return `Upload is disabled because the file has ${n} ${n === 1 ? "error" : "errors"}. Correct ${n === 1 ? "it" : "them"} and choose the corrected file.`;
  }
  if (refusedByServer) return "Upload is disabled because the server refused this file (see above). Choose the corrected file.";
  if (duplicates.state === "loading") return "Checking whether this file was uploaded before…";
  if (duplicates.state === "done" && duplicates.count > 0) return "Upload is disabled because this exact file has already been uploaded (see above).";
  if (report.warningCount > 0 && !acknowledged) return "Tick the confirmation above to enable Upload.";
  // A failed duplicate pre-check does not block: the server refuses duplicates itself (409).
  return null;
}
