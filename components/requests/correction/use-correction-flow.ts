"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { api } from "@/components/requests/details/api";
import type { BuiltFile } from "@/lib/csv/correction/correction-api";
import type { ValidationReport } from "@/lib/csv/validation-report";
import { ApiError } from "@/lib/http/fetch-json";
import type { CorrectionBody } from "@/lib/requests/contracts";
import { requestKeys } from "@/lib/requests/query-keys";
import { canFixInBrowser, correctedFileName, correctionBody, erroredDownloadLink } from "./correction-plan";
import { useCorrection } from "./use-correction";

type RequestRef = { id: string; fileName: string };

/** The rebuilt file the upload dialog checks and sends, and how it came to be. */
export type Corrected = { built: BuiltFile; source: CorrectionBody["source"]; linkTo: RequestRef | null; droppedColumns: number };

/** A taken-back errored-rows download, while it is recognized, or why it cannot be used. */
export type DownloadState = { status: "none" } | { status: "recognizing" } | { status: "unknown-request" } | { status: "mismatch"; expected: string };

/** The header issues an errored-rows download raises: the columns the portal added. */
const ADDED_COLUMN_CODES: ReadonlySet<string> = new Set(["HEADER_UNKNOWN_COLUMN", "HEADER_EXTRA_COLUMN"]);

/**
 * The upload dialog's side of a correction (#15): "Fix in the browser" on a refused file, the
 * errored-rows download taken back as it is, and what the upload then tells the server. The
 * rebuilt file goes back through the dialog's own check (`recheck`), the same gate as any file.
 */
export function useCorrectionFlow({ resubmissionOf, recheck }: { resubmissionOf: RequestRef | undefined; recheck: (file: File) => void }) {
  const queryClient = useQueryClient();
  const correction = useCorrection();
  const [gridOpen, setGridOpen] = useState(false);
  const [gridUsed, setGridUsed] = useState(false);
  const [link, setLink] = useState<RequestRef | null>(resubmissionOf ?? null);
  const [corrected, setCorrected] = useState<Corrected | null>(null);
  const [download, setDownload] = useState<DownloadState>({ status: "none" });
  const { open, stop, build } = correction;
  const sessionFile = correction.state.status === "idle" ? null : correction.state.file;

  const fixInBrowser = useCallback((file: File) => {
    // The rebuilt file is corrected further in the session that made it, edits and all.
    if (!sessionFile || (file !== sessionFile && file !== corrected?.built.file)) void open(file);
    setGridUsed(true);
    setGridOpen(true);
  }, [sessionFile, corrected, open]);

  const acceptBuilt = useCallback((built: BuiltFile, source: CorrectionBody["source"], linkTo: RequestRef | null, droppedColumns: number) => {
    setCorrected({ built, source, linkTo, droppedColumns });
    setGridOpen(false);
    recheck(built.file);
  }, [recheck]);

  const onBuilt = useCallback((built: BuiltFile) => {
    const opened = correction.state.status === "open" ? correction.state.opened : null;
    acceptBuilt(built, "grid", link, opened?.droppedColumns.length ?? 0);
  }, [correction.state, link, acceptBuilt]);

  /** An errored-rows download chosen as a file: recognized, its request found, rebuilt without the added columns. */
  const takeBack = useCallback(async (file: File) => {
    setDownload({ status: "recognizing" });
    const opened = await open(file);
    if (!opened || opened.droppedColumns.length === 0) return setDownload({ status: "none" });
    const decision = erroredDownloadLink(opened.sourceRequestId, resubmissionOf?.id);
    if (decision.kind === "mismatch") return setDownload({ status: "mismatch", expected: resubmissionOf!.fileName });
    let linkTo: RequestRef | null = null;
    if (decision.kind === "link") {
      try {
        const detail = await queryClient.fetchQuery({ queryKey: requestKeys.detail(decision.id), queryFn: () => api.detail(decision.id) });
        linkTo = { id: detail.id, fileName: detail.fileName };
      } catch (error) {
        // Another organization's request answers 404 exactly like a missing one.
        if (!(error instanceof ApiError && error.status === 404)) console.error("the corrected request could not be read", error instanceof ApiError ? error.code : "unknown");
        return setDownload({ status: "unknown-request" });
      }
    }
    setLink(linkTo);
    setDownload({ status: "none" });
    acceptBuilt(await build(correctedFileName(file.name)), "errored-download", linkTo, opened.droppedColumns.length);
  }, [open, build, queryClient, resubmissionOf, acceptBuilt]);

  const reset = useCallback(() => {
    stop();
    setGridOpen(false);
    setGridUsed(false);
    setCorrected(null);
    setLink(resubmissionOf ?? null);
    setDownload({ status: "none" });
  }, [stop, resubmissionOf]);

  /**
   * Called with each finished check: a file the portal's own download columns refused is taken
   * back; any other file with errors the grid can show is opened in the correction worker at
   * once, in the background, so "Fix in the browser" finds its rows ready instead of reading a
   * large file a second time after the click.
   */
  const checked = useCallback((file: File, report: ValidationReport) => {
    if (file === corrected?.built.file || sessionFile) return;
    if (report.fileError && ADDED_COLUMN_CODES.has(report.fileError.code)) void takeBack(file).catch(() => setDownload({ status: "none" }));
    else if (canFixInBrowser(report)) void open(file);
  }, [corrected, sessionFile, takeBack, open]);

  /** What the upload of `file` carries: the link and the correction, when `file` is the rebuilt one. */
  const uploadExtras = (file: File): { resubmissionOfId?: string; correction?: CorrectionBody } => {
    if (!corrected || file !== corrected.built.file) return resubmissionOf ? { resubmissionOfId: resubmissionOf.id } : {};
    const source = gridUsed ? "grid" : corrected.source;
    const linkTo = corrected.linkTo;
    return { ...(linkTo ? { resubmissionOfId: linkTo.id } : {}), correction: correctionBody(corrected.built, source, linkTo !== null) };
  };

  // Closing the tab or reloading with edits only this page holds asks first.
  useEffect(() => {
    if (!correction.unsaved) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [correction.unsaved]);

  return {
    correction,
    gridOpen,
    closeGrid: () => setGridOpen(false),
    fixInBrowser,
    onBuilt,
    checked,
    corrected,
    download,
    reset,
    uploadExtras,
    unsaved: correction.unsaved,
  };
}
