import type { Translate } from "@/components/requests/upload/report-text";

/**
 * What a record's error code means, in the user's language: the catalogue's description of
 * every business error of the API spec (and the sandbox's input checks). A code the catalogue
 * does not know yet falls back to the API's own message (English), then to nothing.
 */
export function businessErrorText(code: string, apiMessage: string | null | undefined, t: Translate): string | null {
  const key = `details.businessErrors.${code}` as Parameters<Translate["has"]>[0];
  return t.has(key) ? t(key as Parameters<Translate>[0]) : (apiMessage ?? null);
}
