"use client";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { GridRow, RowsQuery } from "@/lib/csv/correction/correction-api";
import { TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import { businessErrorText } from "@/components/requests/details/business-error-text";
import { Ltr } from "@/components/ui/ltr";
import { cellIssueText } from "./correction-text";
import { GridCell } from "./grid-cell";
import { useGridRows } from "./use-grid-rows";

type Props = {
  filter: RowsQuery["filter"];
  fetchRows: (query: RowsQuery) => Promise<{ total: number; rows: GridRow[] }>;
  onEdit: (rowId: number, column: number, value: string) => Promise<GridRow | null>;
  onExclude: (rowId: number, excluded: boolean) => Promise<GridRow | null>;
  /** An errored download: each row carries the platform's errors for its record. */
  showPlatformErrors: boolean;
};

/** A row before it is measured: an input and one line of message under it. */
const ESTIMATED_ROW_PX = 76;

/**
 * The rows to correct as a table of inputs, virtualized: only the rows in view (and a few
 * beyond) are in the page, fetched from the worker as the region scrolls. The table scrolls
 * inside its own region, never the page; under 640 px each row is a card (`stack-table`).
 */
export function CorrectionGrid({ filter, fetchRows, onEdit, onExclude, showPlatformErrors }: Props) {
  const t = useTranslations();
  const scroller = useRef<HTMLDivElement>(null);
  const grid = useGridRows(fetchRows, filter);
  // The React Compiler is not on in this project; TanStack Virtual re-renders through its own
  // state, which is what the rule warns a memoizing compiler would break.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: grid.total ?? 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: 6,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  const { show } = grid;
  useEffect(() => show(first, last), [show, first, last]);

  const commitEdit = async (rowId: number, column: number, value: string) => {
    const row = await onEdit(rowId, column, value);
    if (row) grid.replace(row);
  };
  const toggle = async (rowId: number, excluded: boolean) => {
    const row = await onExclude(rowId, excluded);
    if (row) grid.replace(row);
  };

  if (grid.failed) return <p role="alert" className="text-sm text-red-800">{t("correction.actionFailed")}</p>;
  if (grid.total === null) return <p className="text-sm text-slate-600">{t("correction.rowsLoading")}</p>;
  if (grid.total === 0) return <p className="text-sm text-slate-700">{t(EMPTY[filter])}</p>;

  const columns = 2 + TEMPLATE_COLUMNS.length + (showPlatformErrors ? 1 : 0);
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      ref={scroller}
      role="region"
      aria-label={t("correction.gridLabel")}
      tabIndex={0}
      className="min-h-[60dvh] flex-1 overflow-auto overscroll-contain rounded-md sm:min-h-64 border border-slate-200 focus-visible:outline-2 focus-visible:outline-brand-600"
    >
      <table className="stack-table w-full text-sm" aria-rowcount={grid.total + 1}>
        <caption className="sr-only">{t("correction.gridLabel")}</caption>
        <thead className="sticky top-0 z-10 bg-slate-50 text-xs text-slate-600">
          <tr aria-rowindex={1}>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("correction.line")}</th>
            <th scope="col" className="px-2 py-1 text-start font-medium">{t("correction.exclude")}</th>
            {TEMPLATE_COLUMNS.map((name) => (
              <th key={name} scope="col" className="px-2 py-1 text-start font-medium"><Ltr className="font-mono">{name}</Ltr></th>
            ))}
            {showPlatformErrors && <th scope="col" className="px-2 py-1 text-start font-medium">{t("correction.platformErrors")}</th>}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <Spacer height={before} columns={columns} />}
          {items.map((item) => {
            const row = grid.rowAt(item.index);
            return (
              <tr key={row?.rowId ?? `loading-${item.index}`} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2} className={`border-t border-slate-100 align-top ${row?.excluded ? "bg-slate-50" : ""}`}>
                {row ? <RowCells row={row} onCommit={commitEdit} onToggle={toggle} showPlatformErrors={showPlatformErrors} /> : (
                  <td colSpan={columns} className="px-2 py-3 text-slate-500">{t("correction.rowsLoading")}</td>
                )}
              </tr>
            );
          })}
          {after > 0 && <Spacer height={after} columns={columns} />}
        </tbody>
      </table>
    </div>
  );
}

const EMPTY = { "to-fix": "correction.emptyToFix", errors: "correction.emptyErrors", excluded: "correction.emptyExcluded" } as const;

function Spacer({ height, columns }: { height: number; columns: number }) {
  return <tr aria-hidden="true"><td colSpan={columns} style={{ height, padding: 0 }} /></tr>;
}

type RowProps = {
  row: GridRow;
  onCommit: (rowId: number, column: number, value: string) => Promise<void>;
  onToggle: (rowId: number, excluded: boolean) => Promise<void>;
  showPlatformErrors: boolean;
};

/** Shows the click at once; the worker's answer (the re-counted row) follows. */
function ExcludeBox({ row, onToggle }: { row: GridRow; onToggle: RowProps["onToggle"] }) {
  const t = useTranslations("correction");
  const [asked, setAsked] = useState<boolean | null>(null);
  return (
    <input
      type="checkbox"
      checked={asked ?? row.excluded}
      onChange={(event) => {
        setAsked(event.target.checked);
        void onToggle(row.rowId, event.target.checked).finally(() => setAsked(null));
      }}
      aria-label={t("excludeRow", { line: row.line })}
      className="size-4"
    />
  );
}

function RowCells({ row, onCommit, onToggle, showPlatformErrors }: RowProps) {
  const t = useTranslations();
  const rowIssues = row.issues.filter((issue) => issue.column === null);
  return (
    <>
      <th scope="row" data-label={t("correction.line")} className="px-2 py-1.5 text-start font-normal tabular-nums">
        {row.line}
        {rowIssues.map((issue, i) => {
          const text = cellIssueText(issue, t);
          return <p key={`${issue.code}-${i}`} className="mt-1 min-w-40 text-xs text-red-800">{text.message} <span className="text-slate-600">{text.hint}</span></p>;
        })}
      </th>
      <td data-label={t("correction.exclude")} className="px-2 py-1.5">
        <ExcludeBox row={row} onToggle={onToggle} />
      </td>
      {TEMPLATE_COLUMNS.map((name, column) => <GridCell key={name} row={row} column={column} onCommit={onCommit} />)}
      {showPlatformErrors && (
        <td data-label={t("correction.platformErrors")} className="min-w-56 px-2 py-1.5 text-xs">
          <ul className="space-y-1">
            {row.businessErrors.map((error, i) => (
              <li key={`${error.code}-${i}`}>
                <Ltr className="font-mono font-semibold text-red-800">{error.code}</Ltr> {businessErrorText(error.code, error.message, t) ?? ""}
              </li>
            ))}
          </ul>
        </td>
      )}
    </>
  );
}
