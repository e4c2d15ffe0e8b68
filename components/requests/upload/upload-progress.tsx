import { ProgressBar } from "./progress-bar";
import type { UploadStage } from "./use-upload-file";

export function UploadProgress({ progress }: { progress: UploadStage | null }) {
  if (!progress) return null;
  if (progress.stage === "sending") return <ProgressBar label="Uploading…" percent={progress.percent} />;
  return (
    <p className="text-sm text-slate-700">
      {progress.stage === "creating" ? "Registering the upload…" : "Verifying the file on the server (SHA-256 and validation)…"}
    </p>
  );
}
