import type { Engine } from "./portal";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** One measured figure. `pass` is null where the issue sets no target (context figures). */
export type Result = {
  id: string;
  benchmark: string;
  engine: "-" | Engine;
  target: string;
  measured: string;
  /** Against the baseline measured in the same run, or against the target. */
  ratio: string;
  pass: boolean | null;
  value: number;
  unit: string;
};

export type Check = { value: number; unit: string; target?: { max?: number; min?: number; label: string } };

/** A result from a value and its target: pass/fail and the ratio to the target follow. */
export function result(id: string, benchmark: string, engine: Result["engine"], check: Check, ratio?: string): Result {
  const { value, unit, target } = check;
  const limit = target?.max ?? target?.min;
  const pass = target ? (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min) : null;
  return {
    id, benchmark, engine, value, unit, pass,
    target: target?.label ?? "—",
    measured: `${format(value)} ${unit}`.trim(),
    ratio: ratio ?? (limit ? `${format(value / limit)}× of target` : "—"),
  };
}

export const format = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2));

export function printTable(results: Result[]) {
  const rows = [["id", "benchmark", "engine", "target", "measured", "ratio", "result"], ...results.map((r) => [r.id, r.benchmark, r.engine, r.target, r.measured, r.ratio, r.pass === null ? "info" : r.pass ? "PASS" : "FAIL"])];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  console.log(["", line(rows[0]!), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.slice(1).map(line)].join("\n"));
}

export async function writeResults(file: string, results: Result[], meta: Record<string, unknown>) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify({ ...meta, results }, null, 2)}\n`);
}
