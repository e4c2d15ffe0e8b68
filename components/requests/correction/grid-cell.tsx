"use client";
import { useId, useState, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import type { GridRow } from "@/lib/csv/correction/correction-api";
import { COL, TEMPLATE_COLUMNS } from "@/lib/csv/template-columns";
import type { Translate } from "@/components/requests/upload/report-text";
import { cellIssueText } from "./correction-text";

/** Emirates IDs, dates and ids read left to right in either language; names follow their own script. */
const LTR_COLUMNS: ReadonlySet<number> = new Set([COL.customerId, COL.eid, COL.onboarding, COL.consent, COL.issue, COL.expiry, COL.dob]);

type Props = { row: GridRow; column: number; onCommit: (rowId: number, column: number, value: string) => Promise<void> };

/**
 * One template cell as an input. Enter or leaving the cell sends the value to be re-checked;
 * Escape puts back what was there. The rule's message and fix sit under the input and are
 * its description, so a screen reader hears them with the cell; the file's own value is
 * shown once the cell was changed.
 */
export function GridCell({ row, column, onCommit }: Props) {
  const t = useTranslations();
  const [draft, setDraft] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const describedBy = useId();
  const name = TEMPLATE_COLUMNS[column]!;
  const issues = row.issues.filter((issue) => issue.column === column);
  const invalid = issues.some((issue) => issue.severity === "error");
  const value = draft ?? row.values[column] ?? "";
  const original = row.original[column] ?? "";
  const changed = row.values[column] !== original;

  async function commit() {
    if (draft === null || draft === row.values[column] || checking) return setDraft(null);
    setChecking(true);
    try {
      await onCommit(row.rowId, column, draft);
      setDraft(null);
    } finally {
      setChecking(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      void commit();
    } else if (event.key === "Escape" && draft !== null) {
      // Undo the typing; a second Escape reaches the dialog.
      event.stopPropagation();
      setDraft(null);
    }
  }

  return (
    <td data-label={name} className="min-w-44 px-2 py-1.5 align-top">
      <input
        value={value}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void commit()}
        onKeyDown={onKeyDown}
        dir={LTR_COLUMNS.has(column) ? "ltr" : "auto"}
        spellCheck={false}
        autoComplete="off"
        aria-label={t("correction.cellLabel", { column: name, line: row.line })}
        aria-invalid={invalid || undefined}
        aria-describedby={issues.length || changed ? describedBy : undefined}
        aria-busy={checking || undefined}
        className={`block w-full min-w-0 rounded border px-2 py-1 font-mono text-xs ${invalid ? "border-red-600 bg-red-50" : changed ? "border-emerald-600 bg-emerald-50" : "border-slate-300"} ${row.excluded ? "text-slate-500 line-through" : ""}`}
      />
      <div id={describedBy} className="mt-1 space-y-1 text-xs">
        {issues.map((issue, i) => <CellProblem key={`${issue.code}-${i}`} issue={cellIssueText(issue, t)} warning={issue.severity === "warning"} />)}
        {changed && <WasValue original={original} t={t} />}
        {checking && <p className="text-slate-600">{t("correction.checkingCell")}</p>}
      </div>
    </td>
  );
}

function CellProblem({ issue, warning }: { issue: { message: string; hint: string }; warning: boolean }) {
  return (
    <p className={warning ? "text-amber-800" : "text-red-800"}>
      {issue.message} <span className="text-slate-600">{issue.hint}</span>
    </p>
  );
}

function WasValue({ original, t }: { original: string; t: Translate }) {
  return (
    <p className="text-slate-600">
      {t("correction.wasValue")}
      {original === "" ? t("correction.emptyValue") : <bdi className="font-mono [overflow-wrap:anywhere]">{original}</bdi>}
    </p>
  );
}
