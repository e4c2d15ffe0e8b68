import type { UploadStage } from "./use-upload-file";
import type { ValidationState } from "./use-file-validation";
import { reportHeadline } from "./report-summary";

/**
 * What the dialog's polite live region says: phase changes only, never every percent
 * (a screen reader reading "41%, 42%…" is noise). Errors are announced by their own alerts.
 */
export function flowAnnouncement(validation: ValidationState, upload: UploadStage | null): string {
  if (upload?.stage === "creating") return "Upload starting.";
  if (upload?.stage === "sending") return "Uploading the file.";
  if (upload?.stage === "verifying") return "Upload finished. The server is verifying the file.";
  switch (validation.status) {
    case "idle":
      return "";
    case "running":
      return `Checking ${validation.file.name}.`;
    case "failed":
      return "";
    case "done":
      return `Check complete. ${reportHeadline(validation.report)}`;
  }
}
