"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { ApiError } from "@/lib/http/fetch-json";
import type { RequestDetail } from "@/lib/requests/contracts";
import { CheckedFile } from "./checked-file";
import { FileDropZone } from "./file-drop-zone";
import { ProgressBar } from "./progress-bar";
import { UploadFailure } from "./upload-failure";
import { announcementText, blockedText } from "./report-text";
import { useDuplicateCheck } from "./use-duplicate-check";
import { useFileValidation, type ValidationState } from "./use-file-validation";
import { useUploadFile, type UploadStage } from "./use-upload-file";
import { useTranslations } from "next-intl";
import { flowAnnouncement } from "./flow-announcement";

export const TEMPLATE_URL = "/templates/population-migration-eid-template.csv";

type Props = { resubmissionOf?: { id: string; fileName: string }; onClose: () => void; onUploaded: (request: RequestDetail) => void };

/** Choose → check in a worker → review → upload; mounted only while the dialog is open. */
export function UploadFlow({ resubmissionOf, onClose, onUploaded }: Props) {
  const t = useTranslations("upload");
  const tc = useTranslations("common");
  const tAll = useTranslations();
  const validation = useFileValidation();
  const upload = useUploadFile({ onUploaded });
  const [acknowledged, setAcknowledged] = useState(false);
  const reasonId = useId();
  const state = validation.state;
  const checked = state.status === "done" ? state : null;
  const report = checked?.report ?? null;
  const duplicates = useDuplicateCheck(report?.sha256 ?? null);
  const uploading = upload.mutation.isPending;
  const error = upload.mutation.error;
  const refusedByServer = error instanceof ApiError && (error.status === 422 || error.code === "DUPLICATE_FILE");
  const blockedReason = report ? blockedText({ report, duplicates: duplicates.state, acknowledged, refusedByServer }, tAll) : null;
  const announcement = useFlowAnnouncement(state, upload.progress);

  function startOver(file?: File) {
    setAcknowledged(false);
    upload.mutation.reset();
    if (file) validation.start(file);
    else validation.reset();
  }

  return (
    <Dialog
      title={t("title")}
      dismissible={!uploading}
      onDismiss={onClose}
      description={
        <>
          <p>{t("description")}</p>
          {resubmissionOf && <p className="font-medium text-slate-800">{t("corrects", { name: resubmissionOf.fileName })}</p>}
        </>
      }
    >
      <p className="mt-2 text-sm">
        <a href={TEMPLATE_URL} download className="font-medium text-brand-700 underline">{t("template")}</a>
      </p>
      <p aria-live="polite" className="sr-only">{announcement}</p>
      <div className="mt-4 space-y-4">
        {state.status === "idle" && <FileDropZone onFile={startOver} />}
        {state.status === "running" && <ProgressBar label={t("checking", { name: state.file.name })} percent={state.percent} />}
        {state.status === "failed" && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{t("checkFailed")}</p>
        )}
        {checked && (
          <CheckedFile
            file={checked.file}
            report={checked.report}
            duplicates={duplicates.query.data?.duplicates ?? []}
            duplicateCheckFailed={duplicates.state.state === "error"}
            acknowledged={acknowledged}
            onAcknowledge={setAcknowledged}
            progress={upload.progress}
            locked={uploading}
          />
        )}
        {error && <UploadFailure error={error} />}
        {blockedReason && <p id={reasonId} className="text-sm text-slate-700">{blockedReason}</p>}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        {(state.status === "done" || state.status === "failed") && !uploading && (
          <Button type="button" variant="secondary" onClick={() => startOver()}>{t("chooseDifferent")}</Button>
        )}
        {state.status === "running" ? (
          <Button type="button" variant="secondary" onClick={() => startOver()}>{tc("cancel")}</Button>
        ) : (
          <Button type="button" variant="secondary" onClick={uploading ? upload.cancel : onClose}>{tc("cancel")}</Button>
        )}
        <Button
          type="button"
          disabled={!report || blockedReason !== null || uploading}
          aria-describedby={blockedReason ? reasonId : undefined}
          onClick={() => checked && upload.mutation.mutate({ file: checked.file, sha256: checked.report.sha256, resubmissionOfId: resubmissionOf?.id })}
        >
          {t("upload")}
        </Button>
      </div>
    </Dialog>
  );
}

/** flowAnnouncement in the user's language: phase changes only, never every percent. */
export function useFlowAnnouncement(validation: ValidationState, upload: UploadStage | null): string {
  const t = useTranslations();
  return announcementText(flowAnnouncement(validation, upload), validation.status === "done" ? validation.report : null, t);
}
