"use client";
import { useRef, useState } from "react";
import { UploadDialog } from "@/components/requests/upload/upload-dialog";
import { Button } from "@/components/ui/button";
import type { RequestDetail } from "@/lib/requests/contracts";
import { erroredCsvUrl } from "./api";
import { useTranslations } from "next-intl";

type Correcting = { state: "idle" } | { state: "loading" } | { state: "failed" } | { state: "ready"; file: File };

/**
 * The ways to put the failed rows right (uploaders: the errored rows hold full input): correct
 * them in the browser's grid (the errored-rows download, read into the correction engine), or
 * download them and take the corrected file back. Both end in the upload dialog, linked.
 */
export function ErroredActions({ detail, canUpload, canExport }: { detail: RequestDetail; canUpload: boolean; canExport: boolean }) {
  const t = useTranslations("details");
  const [open, setOpen] = useState(false);
  const [correcting, setCorrecting] = useState<Correcting>({ state: "idle" });
  const loading = useRef<AbortController | null>(null);
  const mayResubmit = canUpload && detail.actions.includes("resubmit");
  const resubmissionOf = { id: detail.id, fileName: detail.fileName };

  async function correctInBrowser() {
    loading.current?.abort();
    const run = new AbortController();
    loading.current = run;
    setCorrecting({ state: "loading" });
    try {
      // The same rows as the download, streamed by the server page by page from the API.
      const response = await fetch(erroredCsvUrl(detail.id), { signal: run.signal });
      if (!response.ok) throw new Error(`errored rows answered ${response.status}`);
      // Named as the original: the corrected file is uploaded as "<name> (corrected).csv".
      const file = new File([await response.blob()], detail.fileName, { type: "text/csv" });
      if (!run.signal.aborted) setCorrecting({ state: "ready", file });
    } catch (error) {
      if (run.signal.aborted) return;
      // The status only: the body could hold rows.
      console.error("the errored rows could not be loaded", error instanceof Error ? error.message : "unknown");
      setCorrecting({ state: "failed" });
    }
  }

  function closeCorrection() {
    loading.current?.abort();
    setCorrecting({ state: "idle" });
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      {mayResubmit && canExport && (
        <Button onClick={correctInBrowser} disabled={correcting.state === "loading"}>{t("correctInBrowser")}</Button>
      )}
      {canExport && (
        <a
          href={erroredCsvUrl(detail.id)}
          download
          className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          {t("downloadErrored")}
        </a>
      )}
      {mayResubmit && <Button variant="secondary" onClick={() => setOpen(true)}>{t("resubmit")}</Button>}
      {correcting.state === "loading" && (
        <p role="status" className="flex items-center gap-2 text-sm text-slate-700">
          {t("correctLoading")}
          <button type="button" onClick={closeCorrection} className="text-brand-700 underline">{t("correctCancel")}</button>
        </p>
      )}
      {correcting.state === "failed" && <p role="alert" className="text-sm text-red-800">{t("correctLoadFailed")}</p>}
      <p className="basis-full text-xs text-slate-600">
        {t("erroredHint")}
      </p>
      {/* Mounted while the user may upload, not only while resubmitting is offered: once the upload
          lands the request is no longer correctable, and the dialog shows its success notice after closing. */}
      {canUpload && <UploadDialog open={open} onClose={() => setOpen(false)} resubmissionOf={resubmissionOf} />}
      {canUpload && (
        <UploadDialog
          open={correcting.state === "ready"}
          onClose={closeCorrection}
          resubmissionOf={resubmissionOf}
          correctFile={correcting.state === "ready" ? correcting.file : undefined}
        />
      )}
    </div>
  );
}
