import { ApiError } from "@/lib/http/fetch-json";
import { IssuesTable } from "./issues-table";
import { issuesFromDetails } from "./report-summary";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";

/** Why the upload did not go through, with the server's rows when it refused the file. */
export function UploadFailure({ error }: { error: Error }) {
  const t = useTranslations();
  const errorText = useErrorText();
  if (error.name === "AbortError") return <p role="status" className="text-sm text-slate-700">{t("upload.cancelled")}</p>;
  const api = error instanceof ApiError ? error : null;
  const issues = issuesFromDetails(api?.details);
  return (
    <div role="alert" className="space-y-2 rounded-md border border-red-300 bg-red-50 p-4 text-sm text-red-900">
      <p className="font-semibold">{api?.status === 422 ? t("upload.refused") : t("upload.notCompleted")}</p>
      <p>{errorText(error)}</p>
      {api?.requestId && <p className="text-xs">{t("common.reference", { id: "" })}<span dir="ltr" className="font-mono">{api.requestId}</span></p>}
      <IssuesTable issues={issues} caption={t("upload.serverCaption")} />
    </div>
  );
}
