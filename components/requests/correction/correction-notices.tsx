"use client";
import { useTranslations } from "next-intl";
import type { Corrected, DownloadState } from "./use-correction-flow";

/** Above the re-checked corrected file: how it was corrected, or which request the errored download corrects. */
export function CorrectedNotice({ corrected }: { corrected: Corrected }) {
  const t = useTranslations("correction");
  const { built, source, linkTo, droppedColumns } = corrected;
  return (
    <p role="status" className="rounded-md bg-emerald-50 p-3 text-sm text-emerald-900">
      {source === "errored-download" && linkTo
        ? t("erroredDownload", { name: linkTo.fileName, count: droppedColumns })
        : t("correctedNotice", { cells: built.cellsChanged, rows: built.rowsExcluded, name: built.file.name })}
    </p>
  );
}

/** An errored-rows download being recognized, or why it cannot be used. */
export function DownloadNotice({ download }: { download: DownloadState }) {
  const t = useTranslations("correction");
  if (download.status === "none") return null;
  if (download.status === "recognizing") return <p role="status" className="text-sm">{t("checkingDownload")}</p>;
  return (
    <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-800">
      {download.status === "mismatch" ? t("erroredDownloadMismatch", { name: download.expected }) : t("erroredDownloadUnknown")}
    </p>
  );
}
