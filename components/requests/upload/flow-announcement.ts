import type { UploadStage } from "./use-upload-file";
import type { ValidationState } from "./use-file-validation";

export type Announcement =
  | { key: "announceStarting" | "announceSending" | "announceVerifying" }
  | { key: "announceChecking"; name: string }
  | { key: "announceDone" };

/**
 * What the dialog's polite live region says (a key of the `upload` catalogue): phase changes
 * only, never every percent (a screen reader reading "41%, 42%…" is noise). Errors are
 * announced by their own alerts.
 */
export function flowAnnouncement(validation: ValidationState, upload: UploadStage | null): Announcement | null {
  if (upload?.stage === "creating") return { key: "announceStarting" };
  if (upload?.stage === "sending") return { key: "announceSending" };
  if (upload?.stage === "verifying") return { key: "announceVerifying" };
  if (validation.status === "running") return { key: "announceChecking", name: validation.file.name };
  if (validation.status === "done") return { key: "announceDone" };
  return null;
}
