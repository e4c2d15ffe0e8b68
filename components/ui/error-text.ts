"use client";
import { useTranslations, type createTranslator, type Messages } from "next-intl";
import { useCallback } from "react";
import { ApiError } from "@/lib/http/fetch-json";
import { issuesIn, type ValidationIssue } from "@/lib/validation/issues";

type CommonTranslate = ReturnType<typeof createTranslator<Messages, "common">>;
type Values = Record<string, string | number>;

/** The primitive values of an error's details (`{ email }`), for the message's placeholders. */
function valuesOf(details: unknown): Values {
  if (typeof details !== "object" || details === null) return {};
  return Object.fromEntries(Object.entries(details).filter((e): e is [string, string | number] => typeof e[1] === "string" || typeof e[1] === "number"));
}

/** One validation problem (a `common.validation` code and its values) in the user's language. */
export function issueText(issue: Pick<ValidationIssue, "code" | "values">, t: CommonTranslate): string {
  const key = `validation.${issue.code}` as Parameters<CommonTranslate["has"]>[0];
  return t.has(key) ? t(key as Parameters<CommonTranslate>[0], issue.values) : t("validation.invalid");
}

/**
 * What to tell the user about a failed call, in their language: the catalogue's sentence for
 * the API's error code (`common.apiErrors`), with the details' values; the server's own text
 * only for a code the catalogues do not know yet. Server failures carry their reference.
 */
export function errorMessage(error: unknown, t: CommonTranslate): string {
  if (!(error instanceof ApiError)) return t("unreachable");
  const issues = error.code === "BAD_REQUEST" ? issuesIn(error.details) : [];
  if (issues.length) return t("validation.summary", { problems: issues.map((i) => issueText(i, t)).join(" ") });
  const key = `apiErrors.${error.code}` as Parameters<CommonTranslate["has"]>[0];
  const text = t.has(key) ? t(key as Parameters<CommonTranslate>[0], valuesOf(error.details)) : error.message;
  return error.status >= 500 && error.requestId ? t("withReference", { text, id: error.requestId }) : text;
}

export function useErrorText(): (error: unknown) => string {
  const t = useTranslations("common");
  return useCallback((error: unknown) => errorMessage(error, t), [t]);
}

export function useIssueText(): (issue: Pick<ValidationIssue, "code" | "values">) => string {
  const t = useTranslations("common");
  return useCallback((issue: Pick<ValidationIssue, "code" | "values">) => issueText(issue, t), [t]);
}
