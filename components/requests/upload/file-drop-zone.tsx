"use client";
import { useState } from "react";
import { useDropzone } from "react-dropzone";
import { Button } from "@/components/ui/button";
import { useTranslations } from "next-intl";

// Extension and type both: Windows often reports a .csv as application/vnd.ms-excel, and the
// validator recognises a renamed workbook by its bytes anyway.
const ACCEPT = { "text/csv": [".csv"] };

/** Drag and drop, or the "Browse files" button (the keyboard way in): one CSV file. */
export function FileDropZone({ onFile }: { onFile: (file: File) => void }) {
  const t = useTranslations("upload");
  const [rejection, setRejection] = useState<string | null>(null);
  const { getRootProps, getInputProps, open, isDragActive } = useDropzone({
    accept: ACCEPT,
    multiple: false,
    noClick: true,
    noKeyboard: true,
    onDropAccepted: ([file]) => {
      setRejection(null);
      if (file) onFile(file);
    },
    onDropRejected: (rejections) => setRejection(rejections.length > 1 ? t("oneFile") : t("notCsv", { name: rejections[0]?.file.name ?? "" })),
  });

  return (
    <div>
      <div
        {...getRootProps({
          className: `mt-4 flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-8 text-center text-sm ${isDragActive ? "border-brand-600 bg-brand-50" : "border-slate-300"}`,
        })}
      >
        <input {...getInputProps({ "aria-label": t("fileInput") })} />
        <p className="text-slate-700">{isDragActive ? t("dropHere") : t("dragOr")}</p>
        <Button type="button" variant="secondary" onClick={open}>{t("browse")}</Button>
        <p className="text-xs text-slate-600">{t("csvOnly")}</p>
      </div>
      {rejection && <p role="alert" className="mt-2 text-sm text-red-700">{rejection}</p>}
    </div>
  );
}
