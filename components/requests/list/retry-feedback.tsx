import type { UseMutationResult } from "@tanstack/react-query";
import { ApiError } from "@/lib/http/fetch-json";
import { useTranslations } from "next-intl";

type Retry = Pick<UseMutationResult<unknown, Error, { fileName: string }>, "status" | "error" | "variables">;

/** The outcome of "Retry submission", announced politely next to the table. */
export function RetryFeedback({ mutation }: { mutation: Retry }) {
  const t = useTranslations("list");
  const name = mutation.variables?.fileName ?? t("theFile");
  let text: string | null = null;
  let tone = "text-slate-700";
  if (mutation.status === "pending") text = t("retrying", { name });
  if (mutation.status === "success") {
    text = t("retried", { name });
    tone = "text-green-800";
  }
  if (mutation.status === "error") {
    const ref = mutation.error instanceof ApiError && mutation.error.requestId ? ` (reference ${mutation.error.requestId})` : "";
    text = t("retryFailed", { name, message: `${mutation.error?.message ?? ""}${ref}` });
    tone = "text-red-800";
  }
  return (
    <p role="status" className={`px-4 text-sm empty:hidden ${tone}`}>{text}</p>
  );
}
