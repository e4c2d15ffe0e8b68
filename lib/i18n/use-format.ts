"use client";
import { useMemo } from "react";
import { formatBytes, formatCount, formatDateTime } from "@/components/requests/format";
import { useLocale } from "./client";
import { intlLocale } from "./config";

/** Dates, counts and sizes in the user's language (Latin digits in Arabic too). */
export function useFormat() {
  const locale = useLocale();
  return useMemo(() => {
    const intl = intlLocale(locale);
    return {
      locale,
      intl,
      dateTime: (iso: string) => formatDateTime(iso, intl),
      count: (n: number) => formatCount(n, intl),
      bytes: (n: number) => formatBytes(n, intl),
    };
  }, [locale]);
}
