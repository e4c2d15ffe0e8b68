import { useTranslations } from "next-intl";

/**
 * A status message in the corner. The live region is always in the page so screen readers
 * notice the text appearing; it stays until dismissed (no timer racing slow readers).
 */
export function SuccessNotice({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  const t = useTranslations("upload");
  return (
    <div role="status" aria-live="polite" className="fixed bottom-4 end-4 z-40">
      {message && (
        <div className="flex items-center gap-3 rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900 shadow-lg">
          <span>{message}</span>
          <button type="button" onClick={onDismiss} className="font-medium underline">{t("dismiss")}</button>
        </div>
      )}
    </div>
  );
}
