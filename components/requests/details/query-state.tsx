import type { ReactNode } from "react";
import { ApiError } from "@/lib/http/fetch-json";
import { useTranslations } from "next-intl";

// Loading, error and empty states shared by every panel; errors show the server's message.

export function Loading({ label }: { label?: string }) {
  const t = useTranslations("common");
  return (
    <p role="status" className="py-6 text-center text-sm text-slate-600">
      {label ?? t("loading")}
    </p>
  );
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) return error.requestId ? `${error.message} (reference ${error.requestId})` : error.message;
  return "The portal could not be reached. Check your connection and try again.";
}

export function ErrorMessage({ error, action }: { error: unknown; action?: ReactNode }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
      <span>{errorText(error)}</span>
      {action}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="py-6 text-center text-sm text-slate-600">{children}</p>;
}
