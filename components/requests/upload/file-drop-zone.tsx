"use client";
import { useState } from "react";
import { useDropzone, type FileRejection } from "react-dropzone";
import { Button } from "@/components/ui/button";

// Extension and type both: Windows often reports a .csv as application/vnd.ms-excel, and the
// validator recognises a renamed workbook by its bytes anyway.
const ACCEPT = { "text/csv": [".csv"] };

/** Drag and drop, or the "Browse files" button (the keyboard way in): one CSV file. */
export function FileDropZone({ onFile }: { onFile: (file: File) => void }) {
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
    onDropRejected: (rejections) => setRejection(rejectionMessage(rejections)),
  });

  return (
    <div>
      <div
        {...getRootProps({
          className: `mt-4 flex flex-col items-center gap-3 rounded-lg border-2 border-dashed p-8 text-center text-sm ${isDragActive ? "border-brand-600 bg-brand-50" : "border-slate-300"}`,
        })}
      >
        <input {...getInputProps({ "aria-label": "CSV file" })} />
        <p className="text-slate-700">{isDragActive ? "Drop the CSV file here" : "Drag and drop a CSV file here, or"}</p>
        <Button type="button" variant="secondary" onClick={open}>Browse files</Button>
        <p className="text-xs text-slate-500">CSV only (.csv), one file.</p>
      </div>
      {rejection && <p role="alert" className="mt-2 text-sm text-red-700">{rejection}</p>}
    </div>
  );
}

function rejectionMessage(rejections: FileRejection[]): string {
  if (rejections.length > 1) return "Choose one file at a time.";
  const name = rejections[0]?.file.name ?? "The file";
  return `“${name}” is not a CSV file. Choose a .csv file (in Excel: File > Save As > “CSV UTF-8 (Comma delimited)”).`;
}
