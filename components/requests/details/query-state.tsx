import type { ReactNode } from "react";
import { useErrorText } from "@/components/ui/error-text";
import { useTranslations } from "next-intl";

// Loading, error and empty states shared by every panel; errors in the user's language.

export function Loading({ label }: { label?: string }) {
  const t = useTranslations("common");
  return (
    <p role="status" className="py-6 text-center text-sm text-slate-600">
      {label ?? t("loading")}
    </p>
  );
}

export function ErrorMessage({ error, action }: { error: unknown; action?: ReactNode }) {
  const errorText = useErrorText();
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
