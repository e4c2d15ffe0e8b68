import { useId } from "react";
import type { ValidationReport } from "@/lib/csv/validation-report";
import type { DuplicateCheckResponse } from "@/lib/requests/contracts";
import { DuplicateWarning } from "./duplicate-warning";
import { FileDetails } from "./file-details";
import { UploadProgress } from "./upload-progress";
import type { UploadStage } from "./use-upload-file";
import { ValidationReportView } from "./validation-report-view";
import { useFormatter, useTranslations } from "next-intl";
import { acknowledgementText } from "./report-text";

type Props = {
  file: File;
  report: ValidationReport;
  duplicates: DuplicateCheckResponse["duplicates"];
  duplicateCheckFailed: boolean;
  acknowledged: boolean;
  onAcknowledge: (checked: boolean) => void;
  progress: UploadStage | null;
  /** While uploading nothing that decided the upload may change. */
  locked: boolean;
};

/** A file that has been checked: its fingerprint, what was found, and the upload's progress. */
export function CheckedFile({ file, report, duplicates, duplicateCheckFailed, acknowledged, onAcknowledge, progress, locked }: Props) {
  const t = useTranslations();
  const format = useFormatter();
  const acknowledgement = report.blocking ? null : acknowledgementText(report.counts, t, (items) => format.list(items, { type: "conjunction" }));
  return (
    <div className="space-y-4">
      <FileDetails file={file} report={report} />
      <ValidationReportView fileName={file.name} report={report} />
      <DuplicateWarning duplicates={duplicates} />
      {duplicateCheckFailed && (
        <p className="text-sm text-slate-600">{t("upload.duplicateCheckFailed")}</p>
      )}
      {acknowledgement && (
        <fieldset disabled={locked}>
          <WarningAcknowledgement label={acknowledgement} checked={acknowledged} onChange={onAcknowledge} />
        </fieldset>
      )}
      <UploadProgress progress={progress} />
    </div>
  );
}

/** Warnings do not block, but the uploader confirms they read them before Upload is enabled. */
export function WarningAcknowledgement({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useId();
  return (
    <div className="flex items-start gap-2 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} className="mt-0.5 size-4" />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
