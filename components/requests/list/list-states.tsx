import { ApiError } from "@/lib/http/fetch-json";
import { useTranslations } from "next-intl";
import { useErrorText } from "@/components/ui/error-text";

export function ListError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const t = useTranslations("list");
  const errorText = useErrorText();
  const tc = useTranslations("common");
  const requestId = error instanceof ApiError ? error.requestId : undefined;
  return (
    <div role="alert" className="m-4 rounded-md border border-red-200 bg-red-50 p-4 text-sm text-red-800">
      <p className="font-medium">{t("loadFailed")}</p>
      <p className="mt-1">{errorText(error)}</p>
      {requestId && <p className="mt-1 text-xs">{tc("reference", { id: "" })}<span dir="ltr" className="font-mono">{requestId}</span></p>}
      <button type="button" onClick={onRetry} className="mt-2 font-medium underline">{tc("tryAgain")}</button>
    </div>
  );
}

export function ListEmpty({ filtered, onClear }: { filtered: boolean; onClear: () => void }) {
  const t = useTranslations("list");
  return (
    <div className="p-10 text-center text-sm text-slate-600">
      <p className="font-medium text-slate-800">{filtered ? t("noMatch") : t("noneYet")}</p>
      {filtered ? (
        <button type="button" onClick={onClear} className="mt-2 font-medium text-brand-700 underline">{t("clearFilters")}</button>
      ) : (
        <p className="mt-1">{t("emptyHint")}</p>
      )}
    </div>
  );
}
