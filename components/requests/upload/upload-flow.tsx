"use client";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import type { RequestDetail } from "@/lib/requests/contracts";
import { CheckedFile } from "./checked-file";
import { FileDropZone } from "./file-drop-zone";
import { ProgressBar } from "./progress-bar";
import { UploadFailure } from "./upload-failure";
import { announcementText, blockedText } from "./report-text";
import { useDuplicateCheck } from "./use-duplicate-check";
import { useFileValidation, type ValidationState } from "./use-file-validation";
import { refusedByServer, useUploadFile, type UploadStage } from "./use-upload-file";
import { useTranslations } from "next-intl";
import { flowAnnouncement } from "./flow-announcement";
import { CorrectedNotice, DownloadNotice } from "@/components/requests/correction/correction-notices";
import { CorrectionDialog } from "@/components/requests/correction/correction-dialog";
import { LeaveConfirmation } from "@/components/requests/correction/leave-confirmation";
import { canFixInBrowser } from "@/components/requests/correction/correction-plan";
import { useCorrectionFlow } from "@/components/requests/correction/use-correction-flow";

export const TEMPLATE_URL = "/templates/population-migration-eid-template.csv";

type Props = {
  resubmissionOf?: { id: string; fileName: string };
  /** A file to correct at once (View Details' errored rows): checked, and opened in the grid. */
  correctFile?: File;
  onClose: () => void;
  onUploaded: (request: RequestDetail) => void;
};

/** Choose → check in a worker → review (or fix in the browser) → upload; mounted only while the dialog is open. */
export function UploadFlow({ resubmissionOf, correctFile, onClose, onUploaded }: Props) {
  const t = useTranslations("upload");
  const tc = useTranslations("common");
  const tFix = useTranslations("correction");
  const tAll = useTranslations();
  const validation = useFileValidation({ onChecked: (file, report) => fix.checked(file, report) });
  const fix = useCorrectionFlow({ resubmissionOf, recheck: validation.start });
  const [leaving, setLeaving] = useState<{ then: () => void } | null>(null);
  const upload = useUploadFile({ onUploaded });
  const [acknowledged, setAcknowledged] = useState(false);
  const reasonId = useId();
  const state = validation.state;
  const checked = state.status === "done" ? state : null;
  const report = checked?.report ?? null;
  const duplicates = useDuplicateCheck(report?.sha256 ?? null);
  const uploading = upload.mutation.isPending;
  const error = upload.mutation.error;
  const blockedReason = report ? blockedText({ report, duplicates: duplicates.state, acknowledged, refusedByServer: refusedByServer(error) }, tAll) : null;
  const announcement = useFlowAnnouncement(state, upload.progress);

  const fixable = report !== null && canFixInBrowser(report) && fix.download.status === "none";
  const rebuilt = checked && fix.corrected?.built.file === checked.file ? fix.corrected : null;

  function startOver(file?: File) {
    setAcknowledged(false);
    upload.mutation.reset();
    fix.reset();
    if (file) validation.start(file);
    else validation.reset();
  }

  /** Closing the dialog or choosing another file loses corrections only this page holds: ask first. */
  function askBeforeLeaving(then: () => void) {
    if (fix.unsaved) setLeaving({ then });
    else then();
  }

  // Opened on a file to correct: check it and open the grid at once (once per file).
  const started = useRef<File | null>(null);
  useEffect(() => {
    if (!correctFile || started.current === correctFile) return;
    started.current = correctFile;
    validation.start(correctFile);
    fix.fixInBrowser(correctFile);
  }, [correctFile, validation, fix]);

  return (
    <Dialog
      title={t("title")}
      dismissible={!uploading}
      onDismiss={() => askBeforeLeaving(onClose)}
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
        {state.status === "idle" && <FileDropZone onFile={(file) => askBeforeLeaving(() => startOver(file))} />}
        {state.status === "running" && <ProgressBar label={t("checking", { name: state.file.name })} percent={state.percent} />}
        {state.status === "failed" && (
          <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">{t("checkFailed")}</p>
        )}
        {rebuilt && <CorrectedNotice corrected={rebuilt} />}
        <DownloadNotice download={fix.download} />
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
        {checked && fixable && !uploading && (
          <div className="flex flex-wrap items-center gap-3 rounded-md border border-brand-600/30 bg-brand-50 p-3">
            <Button type="button" onClick={() => fix.fixInBrowser(checked.file)}>{fix.corrected ? tFix("continueFixing") : tFix("fixInBrowser")}</Button>
            <p className="min-w-0 flex-1 basis-60 text-sm text-slate-700">{tFix("fixInBrowserHint")}</p>
          </div>
        )}
      </div>
      <div className="mt-6 flex flex-wrap justify-end gap-2">
        {(state.status === "done" || state.status === "failed") && !uploading && (
          <Button type="button" variant="secondary" onClick={() => askBeforeLeaving(() => startOver())}>{t("chooseDifferent")}</Button>
        )}
        {state.status === "running" ? (
          <Button type="button" variant="secondary" onClick={() => startOver()}>{tc("cancel")}</Button>
        ) : (
          <Button type="button" variant="secondary" onClick={uploading ? upload.cancel : () => askBeforeLeaving(onClose)}>{tc("cancel")}</Button>
        )}
        <Button
          type="button"
          disabled={!report || blockedReason !== null || uploading}
          aria-describedby={blockedReason ? reasonId : undefined}
          onClick={() => checked && upload.mutation.mutate({ file: checked.file, sha256: checked.report.sha256, ...fix.uploadExtras(checked.file) })}
        >
          {t("upload")}
        </Button>
      </div>
      {fix.gridOpen && fix.correction.state.status !== "idle" && (
        <CorrectionDialog correction={fix.correction} fileName={fix.correction.state.file.name} onBack={fix.closeGrid} onBuilt={fix.onBuilt} />
      )}
      {leaving && (
        <LeaveConfirmation
          counts={fix.correction.counts}
          onStay={() => setLeaving(null)}
          onLeave={() => {
            setLeaving(null);
            leaving.then();
          }}
        />
      )}
    </Dialog>
  );
}

/** flowAnnouncement in the user's language: phase changes only, never every percent. */
export function useFlowAnnouncement(validation: ValidationState, upload: UploadStage | null): string {
  const t = useTranslations();
  return announcementText(flowAnnouncement(validation, upload), validation.status === "done" ? validation.report : null, t);
}
