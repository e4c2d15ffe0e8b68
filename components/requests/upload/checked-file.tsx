import type { ValidationReport } from "@/lib/csv/validation-report";
import type { DuplicateCheckResponse } from "@/lib/requests/contracts";
import { DuplicateWarning } from "./duplicate-warning";
import { FileDetails } from "./file-details";
import { UploadProgress } from "./upload-progress";
import type { UploadStage } from "./use-upload-file";
import { ValidationReportView } from "./validation-report-view";
import { WarningAcknowledgement } from "./warning-acknowledgement";
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
