// The benchmark page: a file input, the real validator (lib/csv/validate-in-worker.ts, its two
// workers), the baseline worker and the correction grid's session (B9), each started from a
// click-free call the harness makes.
import { openCorrectionSession } from "../../lib/csv/correction/open-correction-session";
import { validateInWorker } from "../../lib/csv/validate-in-worker";
import { timedEdits } from "../b9-correction/timed-edits";

type Outcome = { ms: number; rows: number; errors: number; sha256: string; longestTaskMs: number; longTasks: number };

const longTasks: number[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: "longtask", buffered: true });

const input = () => (document.getElementById("file") as HTMLInputElement).files![0]!;
const progress = () => document.getElementById("progress") as HTMLProgressElement;
const tasks = () => ({ longestTaskMs: Math.max(0, ...longTasks), longTasks: longTasks.length });

async function validator(today: string): Promise<Outcome> {
  longTasks.length = 0;
  const t0 = performance.now();
  // Progress drives a DOM update, as the upload dialog's progress bar does.
  const report = await validateInWorker(input(), { today, onProgress: (bytes, total) => void (progress().value = bytes / total) });
  return { ms: performance.now() - t0, rows: report.rows, errors: report.errorCount, sha256: report.sha256, ...tasks() };
}

function onceFrom<T>(worker: Worker, message: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }) => (data.error ? reject(new Error(data.error)) : resolve(data as T));
    worker.onerror = (e) => reject(new Error(e.message));
    worker.postMessage(message);
  });
}

async function baseline(): Promise<Outcome> {
  longTasks.length = 0;
  const file = input();
  const t0 = performance.now();
  const parser = new Worker("/baseline.worker.js", { type: "module" });
  const hasher = new Worker("/hash.worker.ts", { type: "module" });
  const [parsed, hashed] = await Promise.all([onceFrom<{ rows: number; bad: number }>(parser, { file }), onceFrom<{ sha256: string }>(hasher, { file })]);
  const ms = performance.now() - t0;
  parser.terminate();
  hasher.terminate();
  return { ms, rows: parsed.rows, errors: parsed.bad, sha256: hashed.sha256, ...tasks() };
}

export type CorrectionOutcome = { openMs: number; rowsToFix: number; windowMs: number; editMs: number[]; buildMs: number; longestTaskMs: number; longTasks: number };

/**
 * B9 in the browser: what the correction grid asks of its worker (open, the first window of
 * 50 rows to fix, edits each re-checked, the rebuild), timed from the page as the grid waits.
 */
async function correction(today: string, edits: number): Promise<CorrectionOutcome> {
  longTasks.length = 0;
  const { session, dispose } = openCorrectionSession();
  try {
    const t0 = performance.now();
    const opened = await session.open(input(), today);
    const openMs = performance.now() - t0;
    const w0 = performance.now();
    const first = await session.rows({ offset: 0, limit: 50, filter: "to-fix", view: 1 });
    const windowMs = performance.now() - w0;
    const editMs = await timedEdits(session, first.total, edits);
    const b0 = performance.now();
    await session.build("bench (corrected).csv");
    return { openMs, rowsToFix: opened.rowsToFix, windowMs, editMs, buildMs: performance.now() - b0, ...tasks() };
  } finally {
    dispose();
  }
}

Object.assign(window, { bench: { validator, baseline, correction } });
