"use client";
import { useLocale, useTranslations } from "@/lib/i18n/client";
import { flowAnnouncement } from "./flow-announcement";
import { localizedHeadline } from "./report-text";
import type { UploadStage } from "./use-upload-file";
import type { ValidationState } from "./use-file-validation";

/** flowAnnouncement in the user's language: phase changes only, never every percent. */
export function useFlowAnnouncement(validation: ValidationState, upload: UploadStage | null): string {
  const t = useTranslations("upload");
  const tAll = useTranslations();
  const locale = useLocale();
  if (locale === "en") return flowAnnouncement(validation, upload);
  if (upload?.stage === "creating") return t("announceStarting");
  if (upload?.stage === "sending") return t("announceSending");
  if (upload?.stage === "verifying") return t("announceVerifying");
  if (validation.status === "running") return t("announceChecking", { name: validation.file.name });
  if (validation.status === "done") return t("announceDone", { headline: localizedHeadline(validation.report, locale, tAll) });
  return "";
}
