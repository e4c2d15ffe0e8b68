import type { ValidationReport } from "@/lib/csv/validation-report";
import type { DuplicateCheckResponse } from "@/lib/requests/contracts";
import { DuplicateWarning } from "./duplicate-warning";
import { FileDetails } from "./file-details";
import { warningAcknowledgement } from "./report-summary";
import { UploadProgress } from "./upload-progress";
import type { UploadStage } from "./use-upload-file";
import { ValidationReportView } from "./validation-report-view";
import { WarningAcknowledgement } from "./warning-acknowledgement";

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
  const acknowledgement = report.blocking ? null : warningAcknowledgement(report.counts);
  return (
    <div className="space-y-4">
      <FileDetails file={file} report={report} />
      <ValidationReportView fileName={file.name} report={report} />
      <DuplicateWarning duplicates={duplicates} />
      {duplicateCheckFailed && (
        <p className="text-sm text-slate-600">Could not check whether this file was uploaded before; the server checks again when you upload.</p>
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
