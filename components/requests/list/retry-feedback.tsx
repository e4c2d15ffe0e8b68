import type { UseMutationResult } from "@tanstack/react-query";
import { useErrorText } from "@/components/ui/error-text";
import { useTranslations } from "next-intl";

type Retry = Pick<UseMutationResult<unknown, Error, { fileName: string }>, "status" | "error" | "variables">;

/** The outcome of "Retry submission", announced politely next to the table. */
export function RetryFeedback({ mutation }: { mutation: Retry }) {
  const t = useTranslations("list");
  const errorText = useErrorText();
  const name = mutation.variables?.fileName ?? t("theFile");
  let text: string | null = null;
  let tone = "text-slate-700";
  if (mutation.status === "pending") text = t("retrying", { name });
  if (mutation.status === "success") {
    text = t("retried", { name });
    tone = "text-green-800";
  }
  if (mutation.status === "error") {
    text = t("retryFailed", { name, message: errorText(mutation.error) });
    tone = "text-red-800";
  }
  return (
    <p role="status" className={`px-4 text-sm empty:hidden ${tone}`}>{text}</p>
  );
}
