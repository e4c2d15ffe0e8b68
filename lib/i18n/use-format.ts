"use client";
import { useFormatter } from "next-intl";
import { useMemo } from "react";
import { formatsFor, type Formats } from "./format";

/** Dates, counts and sizes in the user's language and the UAE's time zone (see format.ts). */
export function useFormat(): Formats {
  const format = useFormatter();
  return useMemo(() => formatsFor(format), [format]);
}
