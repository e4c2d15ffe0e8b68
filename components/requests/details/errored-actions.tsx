"use client";
import { useState } from "react";
import { UploadDialog } from "@/components/requests/upload/upload-dialog";
import { Button } from "@/components/ui/button";
import type { RequestDetail } from "@/lib/requests/contracts";
import { erroredCsvUrl } from "./api";

/** Download the failed rows to correct, and (uploaders) resubmit the corrected file. */
export function ErroredActions({ detail, canUpload }: { detail: RequestDetail; canUpload: boolean }) {
  const [open, setOpen] = useState(false);
  const mayResubmit = canUpload && detail.actions.includes("resubmit");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <a
        href={erroredCsvUrl(detail.id)}
        download
        className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
      >
        Download errored rows
      </a>
      {mayResubmit && <Button onClick={() => setOpen(true)}>Resubmit corrected file</Button>}
      <p className="basis-full text-xs text-slate-500">
        The download has the template&apos;s 8 columns with the rows exactly as uploaded, then error_code and error_message. Correct the rows and
        delete those two columns before resubmitting.
      </p>
      {mayResubmit && <UploadDialog open={open} onClose={() => setOpen(false)} resubmissionOf={{ id: detail.id, fileName: detail.fileName }} />}
    </div>
  );
}
