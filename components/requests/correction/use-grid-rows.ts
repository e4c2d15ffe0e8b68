"use client";
import { useCallback, useRef, useState } from "react";
import type { GridRow, RowsQuery } from "@/lib/csv/correction/correction-api";
import { PAGE_ROWS, pagesCovering, pagesToEvict } from "./grid-pages";

type Fetch = (query: RowsQuery) => Promise<{ total: number; rows: GridRow[] }>;

// Each mount of the grid is a new view (RowsQuery.view): its rows keep their places while it lives.
let views = 0;

/**
 * The rows under the grid's window, fetched page by page from the correction worker as the
 * user scrolls; a few pages are kept, never every row. Mount it afresh (a React key) when the
 * filter changes or a one-click fix rewrote rows: the pages start over, in a new view.
 */
export function useGridRows(fetchRows: Fetch, filter: RowsQuery["filter"]) {
  const [pages, setPages] = useState<ReadonlyMap<number, readonly GridRow[]>>(() => new Map());
  const [total, setTotal] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const asked = useRef(new Set<number>());
  const [view] = useState(() => ++views);

  const fetchPage = useCallback((page: number) => {
    if (asked.current.has(page)) return;
    asked.current.add(page);
    fetchRows({ offset: page * PAGE_ROWS, limit: PAGE_ROWS, filter, view }).then(
      (result) => {
        setTotal(result.total);
        setPages((current) => new Map(current).set(page, result.rows));
      },
      (error: unknown) => {
        asked.current.delete(page);
        console.error("the correction worker could not list rows", error instanceof Error ? error.name : "unknown");
        setFailed(true);
      },
    );
  }, [fetchRows, filter, view]);

  /** Called with the window's first and last row: fetches what is missing, drops what is far. */
  const show = useCallback((first: number, last: number) => {
    const visible = total === null ? [0] : pagesCovering(first, last, total);
    visible.forEach(fetchPage);
    setPages((current) => {
      const evict = pagesToEvict([...current.keys()], visible);
      if (!evict.length) return current;
      const next = new Map(current);
      for (const page of evict) {
        next.delete(page);
        asked.current.delete(page);
      }
      return next;
    });
  }, [fetchPage, total]);

  /** An edited or excluded row, re-checked by the worker, takes its place where it is shown. */
  const replace = useCallback((row: GridRow) => {
    setPages((current) => {
      for (const [page, rows] of current) {
        const at = rows.findIndex((r) => r.rowId === row.rowId);
        if (at >= 0) return new Map(current).set(page, rows.with(at, row));
      }
      return current;
    });
  }, []);

  const rowAt = (index: number): GridRow | null => pages.get(Math.floor(index / PAGE_ROWS))?.[index % PAGE_ROWS] ?? null;

  return { total, failed, show, replace, rowAt };
}
