import type { ValidationReport } from "@/lib/csv/validation-report";
import { formatBytes, formatCount } from "../format";

export function FileDetails({ file, report }: { file: File; report: ValidationReport }) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
      <dt className="text-slate-500">File</dt>
      <dd className="break-all font-medium">{file.name}</dd>
      <dt className="text-slate-500">Size</dt>
      <dd>{formatBytes(file.size)}</dd>
      <dt className="text-slate-500">Records</dt>
      <dd>{formatCount(report.rows)}</dd>
      <dt className="text-slate-500">SHA-256</dt>
      <dd className="break-all font-mono text-xs">{report.sha256}</dd>
    </dl>
  );
}
