import type { UseMutationResult } from "@tanstack/react-query";
import { ApiError } from "@/lib/http/fetch-json";

type Retry = Pick<UseMutationResult<unknown, Error, { fileName: string }>, "status" | "error" | "variables">;

/** The outcome of "Retry submission", announced politely next to the table. */
export function RetryFeedback({ mutation }: { mutation: Retry }) {
  const name = mutation.variables?.fileName ?? "the file";
  let text: string | null = null;
  let tone = "text-slate-700";
  if (mutation.status === "pending") text = `Retrying the submission of ${name}…`;
  if (mutation.status === "success") {
    text = `The submission of ${name} was queued again.`;
    tone = "text-green-800";
  }
  if (mutation.status === "error") {
    const ref = mutation.error instanceof ApiError && mutation.error.requestId ? ` (reference ${mutation.error.requestId})` : "";
    text = `The submission of ${name} could not be retried: ${mutation.error?.message ?? "unknown error"}${ref}`;
    tone = "text-red-800";
  }
  return (
    <p role="status" className={`px-4 text-sm empty:hidden ${tone}`}>{text}</p>
  );
}
