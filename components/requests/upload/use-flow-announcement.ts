"use client";
import { useTranslations } from "next-intl";
import { flowAnnouncement } from "./flow-announcement";
import { announcementText } from "./report-text";
import type { UploadStage } from "./use-upload-file";
import type { ValidationState } from "./use-file-validation";

/** flowAnnouncement in the user's language: phase changes only, never every percent. */
export function useFlowAnnouncement(validation: ValidationState, upload: UploadStage | null): string {
  const t = useTranslations();
  return announcementText(flowAnnouncement(validation, upload), validation.status === "done" ? validation.report : null, t);
}
