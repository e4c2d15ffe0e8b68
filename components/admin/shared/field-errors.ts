"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { z } from "zod";
import { issueText } from "@/components/ui/error-text";
import { validationIssues } from "@/lib/validation/issues";

export type FieldErrors = Record<string, string>;

/**
 * A form's validation problems in the user's language: the first per field (keyed by the
 * field's top-level name), and one sentence for the form's alert, so they are announced together.
 */
export function useFieldErrors() {
  const t = useTranslations("common");
  return useMemo(() => ({
    fieldErrors(error: z.ZodError): FieldErrors {
      const out: FieldErrors = {};
      for (const issue of validationIssues(error)) out[issue.field.split(".")[0]!] ??= issueText(issue, t);
      return out;
    },
    summarize(errors: FieldErrors): string | null {
      const messages = Object.values(errors);
      return messages.length ? t("validation.summary", { problems: messages.join(" ") }) : null;
    },
  }), [t]);
}
