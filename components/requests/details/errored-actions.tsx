"use client";
import { useState } from "react";
import { UploadDialog } from "@/components/requests/upload/upload-dialog";
import { Button } from "@/components/ui/button";
import type { RequestDetail } from "@/lib/requests/contracts";
import { erroredCsvUrl } from "./api";
import { useTranslations } from "next-intl";

/** Download the failed rows to correct, and resubmit the corrected file (uploaders: the download holds full input). */
export function ErroredActions({ detail, canUpload, canExport }: { detail: RequestDetail; canUpload: boolean; canExport: boolean }) {
  const t = useTranslations("details");
  const [open, setOpen] = useState(false);
  const mayResubmit = canUpload && detail.actions.includes("resubmit");
  return (
    <div className="flex flex-wrap items-center gap-3">
      {canExport && (
        <a
          href={erroredCsvUrl(detail.id)}
          download
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("downloadErrored")}
        </a>
      )}
      {mayResubmit && <Button onClick={() => setOpen(true)}>{t("resubmit")}</Button>}
      <p className="basis-full text-xs text-slate-600">
        {t("erroredHint")}
      </p>
      {mayResubmit && <UploadDialog open={open} onClose={() => setOpen(false)} resubmissionOf={{ id: detail.id, fileName: detail.fileName }} />}
    </div>
  );
}
