"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { BuiltFile, BulkFixKind, OpenedFile, RowsQuery } from "@/lib/csv/correction/correction-api";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Ltr } from "@/components/ui/ltr";
import { BulkFixes } from "./bulk-fixes";
import { CorrectionGrid } from "./correction-grid";
import { correctedFileName } from "./correction-plan";
import { cellIssueText } from "./correction-text";
import type { Correction } from "./use-correction";

type Props = {
  correction: Correction;
  /** The file being corrected, as the user chose it (or the errored download). */
  fileName: string;
  /** Back to the upload dialog; the edits stay in the session. */
  onBack: () => void;
  onBuilt: (built: BuiltFile) => void;
};

const FILTERS = [
  { value: "to-fix", label: "correction.filterToFix" },
  { value: "errors", label: "correction.filterErrors" },
  { value: "excluded", label: "correction.filterExcluded" },
] as const;

/**
 * "Fix in the browser": the whole screen on a phone, nearly all of it on a desk. The counts,
 * the one-click fixes, the filter, the grid, and "Use corrected file", which rebuilds the file
 * in the worker and hands it back to the upload dialog to be checked again.
 */
export function CorrectionDialog({ correction, fileName, onBack, onBuilt }: Props) {
  const t = useTranslations();
  const [filter, setFilter] = useState<RowsQuery["filter"]>("to-fix");
  // A one-click fix rewrites rows anywhere: the grid starts its pages over.
  const [rewrites, setRewrites] = useState(0);
  const [failed, setFailed] = useState(false);
  const [building, setBuilding] = useState(false);
  const reasonId = useId();
  const state = correction.state;
  const opened = state.status === "open" ? state.opened : null;

  async function attempt<T>(action: () => Promise<T>): Promise<T | null> {
    try {
      const result = await action();
      setFailed(false);
      return result;
    } catch (error) {
      console.error("a correction step failed", error instanceof Error ? error.name : "unknown");
      setFailed(true);
      return null;
    }
  }

  async function applyFix(kind: BulkFixKind) {
    const changed = await attempt(() => correction.applyFix(kind));
    if (changed !== null) setRewrites((n) => n + 1);
    return changed;
  }

  async function buildCorrected() {
    setBuilding(true);
    const built = await attempt(() => correction.build(correctedFileName(fileName)));
    setBuilding(false);
    if (built) onBuilt(built);
  }

  const blocked = opened ? opened.errorsLeft > 0 : true;
  return (
    <Dialog
      title={t("correction.title", { name: fileName })}
      description={<p>{t("correction.description")}</p>}
      dismissible={!building}
      onDismiss={onBack}
      placement="full"
    >
      {state.status === "opening" && <p role="status" className="mt-4 text-sm">{t("correction.opening")}</p>}
      {state.status === "failed" && <p role="alert" className="mt-4 text-sm text-red-800">{t("correction.openFailed")}</p>}
      {opened && (
        <div className="mt-3 flex flex-1 flex-col gap-3">
          <Counts opened={opened} counts={correction.counts} />
          <FileNotes opened={opened} />
          <BulkFixes fixes={opened.fixes} onApply={applyFix} />
          <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <legend className="float-start me-2 font-medium">{t("correction.filterLabel")}</legend>
            {FILTERS.map((option) => (
              <label key={option.value} className="inline-flex items-center gap-1.5">
                <input type="radio" name="correction-filter" value={option.value} checked={filter === option.value} onChange={() => setFilter(option.value)} className="size-4" />
                {t(option.label)}
              </label>
            ))}
          </fieldset>
          <CorrectionGrid
            key={`${filter}-${rewrites}`}
            filter={filter}
            fetchRows={correction.rows}
            onEdit={(rowId, column, value) => attempt(() => correction.edit(rowId, column, value))}
            onExclude={(rowId, excluded) => attempt(() => correction.exclude(rowId, excluded))}
            showPlatformErrors={opened.droppedColumns.length > 0}
          />
        </div>
      )}
      {failed && <p role="alert" className="mt-3 text-sm text-red-800">{t("correction.actionFailed")}</p>}
      <div className="mt-3 flex flex-wrap items-center justify-end gap-2">
        {opened && blocked && <p id={reasonId} className="me-auto text-sm text-slate-700">{t("correction.buildBlocked", { count: opened.errorsLeft })}</p>}
        {building && <p role="status" className="me-auto text-sm">{t("correction.building")}</p>}
        <Button type="button" variant="secondary" onClick={onBack} disabled={building}>{t("correction.back")}</Button>
        <Button type="button" onClick={() => void buildCorrected()} disabled={blocked || building} aria-describedby={opened && blocked ? reasonId : undefined}>
          {t("correction.useCorrected")}
        </Button>
      </div>
    </Dialog>
  );
}

function Counts({ opened, counts }: { opened: OpenedFile; counts: Correction["counts"] }) {
  const t = useTranslations("correction");
  return (
    <p role="status" aria-label={t("countsLabel")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
      <span className={opened.errorsLeft > 0 ? "text-red-800" : "text-emerald-800"}>{t("errorsLeft", { count: opened.errorsLeft })}</span>
      <span>{t("cellsChanged", { count: counts.cellsChanged })}</span>
      <span>{t("rowsExcluded", { count: counts.rowsExcluded })}</span>
    </p>
  );
}

/** What the grid cannot show in a row: the file's own problems, and the download's columns it drops. */
function FileNotes({ opened }: { opened: OpenedFile }) {
  const t = useTranslations();
  return (
    <>
      {opened.droppedColumns.length > 0 && (
        <p className="rounded-md bg-sky-50 p-3 text-sm text-sky-900">
          {t.rich("correction.droppedColumns", {
            count: opened.droppedColumns.length,
            columns: opened.droppedColumns.join(", "),
            ltr: (chunks) => <Ltr className="font-mono">{chunks}</Ltr>,
          })}
        </p>
      )}
      {opened.fileIssues.length > 0 && (
        <div className="rounded-md bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">{t("correction.fileIssues")}</p>
          <ul className="mt-1 list-disc space-y-1 ps-5">
            {opened.fileIssues.map((issue, i) => {
              const text = cellIssueText(issue, t);
              return <li key={`${issue.code}-${i}`}>{text.message} <span className="text-red-800">{text.hint}</span></li>;
            })}
          </ul>
        </div>
      )}
    </>
  );
}
