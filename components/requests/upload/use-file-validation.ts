"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { todayInUae } from "@/lib/csv/today-in-uae";
import { validateInWorker } from "@/lib/csv/validate-in-worker";
import type { ValidationReport } from "@/lib/csv/validation-report";

export type ValidationState =
  | { status: "idle" }
  | { status: "running"; file: File; percent: number }
  | { status: "done"; file: File; report: ValidationReport }
  | { status: "failed"; file: File };

/**
 * Checks a chosen file in Web Workers (never on the main thread: files reach hundreds of MB).
 * The report describes a local file, not server data, so it is component state.
 */
export function useFileValidation({ onChecked }: { onChecked?: (file: File, report: ValidationReport) => void } = {}) {
  const [state, setState] = useState<ValidationState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  // The latest callback, so `start` stays the same function across renders.
  const checked = useRef(onChecked);
  useEffect(() => {
    checked.current = onChecked;
  }, [onChecked]);

  const start = useCallback((file: File) => {
    controller.current?.abort();
    const run = new AbortController();
    controller.current = run;
    setState({ status: "running", file, percent: 0 });
    const onProgress = (bytes: number, total: number) => {
      const percent = total > 0 ? Math.floor((bytes / total) * 100) : 0;
      // Same percent: keep the same state object so React skips the render.
      setState((s) => (s.status === "running" && s.file === file && s.percent !== percent ? { ...s, percent } : s));
    };
    validateInWorker(file, { today: todayInUae(), onProgress, signal: run.signal }).then(
      (report) => {
        if (run.signal.aborted) return;
        setState({ status: "done", file, report });
        checked.current?.(file, report);
      },
      (error: unknown) => {
        if (run.signal.aborted) return;
        // The worker's own words are for whoever debugs; the user reads the catalogue's sentence.
        console.error("the file check failed", error);
        setState({ status: "failed", file });
      },
    );
  }, []);

  const reset = useCallback(() => {
    controller.current?.abort();
    setState({ status: "idle" });
  }, []);

  useEffect(() => () => controller.current?.abort(), []);

  return { state, start, reset };
}
