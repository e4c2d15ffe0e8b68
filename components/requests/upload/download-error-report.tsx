"use client";
import type { Issue } from "@/lib/csv/issue";
import { errorReportCsv } from "@/lib/csv/write-csv";
import { Button } from "@/components/ui/button";
import { errorReportFileName } from "./report-summary";
import { useTranslations } from "next-intl";
import { issueText } from "./report-text";

/** Built in the browser from the report already in memory: the file's data goes nowhere. */
export function DownloadErrorReport({ fileName, issues }: { fileName: string; issues: readonly Issue[] }) {
  // Messages and hints in the user's language; the column names stay the template's.
  const t = useTranslations();
  function download() {
    const url = URL.createObjectURL(new Blob([errorReportCsv(issues.map((issue) => issueText(issue, t)))], { type: "text/csv;charset=utf-8" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = errorReportFileName(fileName);
    link.click();
    // Revoked a moment later: revoking at once can cancel the download in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
  return <Button type="button" variant="secondary" onClick={download}>{t("upload.downloadReport")}</Button>;
}
