import { ProgressBar } from "./progress-bar";
import type { UploadStage } from "./use-upload-file";
import { useTranslations } from "next-intl";

export function UploadProgress({ progress }: { progress: UploadStage | null }) {
  const t = useTranslations("upload");
  if (!progress) return null;
  if (progress.stage === "sending") return <ProgressBar label={t("uploading")} percent={progress.percent} />;
  return (
    <p className="text-sm text-slate-700">
      {progress.stage === "creating" ? t("registering") : t("verifying")}
    </p>
  );
}
