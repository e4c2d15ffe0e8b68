// The benchmark page: a file input, the real validator (lib/csv/validate-in-worker.ts, its two
// workers) and the baseline worker, both started from a click-free call the harness makes.
import { validateInWorker } from "../../lib/csv/validate-in-worker";

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

Object.assign(window, { bench: { validator, baseline } });
