"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { BuiltFile, BulkFixKind, GridRow, OpenedFile, RowsQuery } from "@/lib/csv/correction/correction-api";
import { openCorrectionSession, type OpenSession } from "@/lib/csv/correction/open-correction-session";
import { todayInUae } from "@/lib/csv/today-in-uae";

export type CorrectionState = { status: "idle" } | { status: "opening"; file: File } | { status: "open"; file: File; opened: OpenedFile } | { status: "failed"; file: File };

/** What the grid and the upload dialog may ask of an open correction. */
export type Correction = ReturnType<typeof useCorrection>;

/**
 * One correction session: a file opened in the correction worker (comlink), its counts, and
 * the edits that are not uploaded yet. Row values stay between this page and its worker:
 * nothing here logs them, posts them or puts them in a URL. The worker lives as long as the
 * upload dialog, so going back from the grid to the dialog keeps every edit.
 */
export function useCorrection() {
  const worker = useRef<OpenSession | null>(null);
  const [state, setState] = useState<CorrectionState>({ status: "idle" });

  const stop = useCallback(() => {
    worker.current?.dispose();
    worker.current = null;
    setState({ status: "idle" });
  }, []);

  const open = useCallback(async (file: File): Promise<OpenedFile | null> => {
    worker.current?.dispose();
    const started = openCorrectionSession();
    worker.current = started;
    setState({ status: "opening", file });
    try {
      const opened = await started.session.open(file, todayInUae());
      if (worker.current !== started) return null;
      setState({ status: "open", file, opened });
      return opened;
    } catch (error) {
      // The worker's own words are for whoever debugs (never a row's value); the user reads the catalogue's.
      console.error("the correction worker could not open the file", error instanceof Error ? error.name : "unknown");
      if (worker.current === started) setState({ status: "failed", file });
      return null;
    }
  }, []);

  const api = useCallback(() => {
    if (!worker.current) throw new Error("no correction is open");
    return worker.current.session;
  }, []);

  const reopened = useCallback((opened: OpenedFile) => setState((s) => (s.status === "open" ? { ...s, opened } : s)), []);

  const rows = useCallback((query: RowsQuery) => api().rows(query), [api]);

  const edit = useCallback(async (rowId: number, column: number, value: string): Promise<GridRow> => {
    const { row, opened } = await api().edit(rowId, column, value);
    reopened(opened);
    return row;
  }, [api, reopened]);

  const exclude = useCallback(async (rowId: number, excluded: boolean): Promise<GridRow> => {
    const { row, opened } = await api().exclude(rowId, excluded);
    reopened(opened);
    return row;
  }, [api, reopened]);

  const applyFix = useCallback(async (kind: BulkFixKind): Promise<number> => {
    const { changedCells, opened } = await api().applyFix(kind);
    reopened(opened);
    return changedCells;
  }, [api, reopened]);

  const build = useCallback((fileName: string): Promise<BuiltFile> => api().build(fileName), [api]);

  useEffect(() => () => worker.current?.dispose(), []);

  // The engine's own counts, as the rebuilt file will report them.
  const opened = state.status === "open" ? state.opened : null;
  const counts = useMemo(() => ({ cellsChanged: opened?.cellsChanged ?? 0, rowsExcluded: opened?.rowsExcluded ?? 0 }), [opened]);
  /** Edits that only this page holds: leaving would lose them. */
  const unsaved = counts.cellsChanged > 0 || counts.rowsExcluded > 0 || (opened?.fileFixes ?? 0) > 0;

  return { state, counts, unsaved, open, stop, rows, edit, exclude, applyFix, build };
}
