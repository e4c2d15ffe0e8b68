import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { result, type Result } from "../support/results";
import { MB } from "../support/stats";
import type { TemplateFile } from "../support/template-files";

type Run = { ms: number; peakRss: number; rows: number; sha256: string };

async function revalidate(file: TemplateFile): Promise<Run> {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "bench/b2-server/revalidate.ts", file.path], { maxBuffer: 1024 * 1024 });
  return JSON.parse(stdout.trim().split("\n").pop()!) as Run;
}

/** B2: server re-validation + SHA-256 of each file, smallest first, each in a process of its own. */
export async function benchServerValidation(files: TemplateFile[]): Promise<Result[]> {
  const runs: Run[] = [];
  for (const file of files) runs.push(await revalidate(file));
  const [small, large] = [runs[0]!, runs.at(-1)!];
  const name = (f: TemplateFile) => `${f.rows / 1000}k`;
  return [
    ...runs.map((run, i) => {
      const file = files[i]!;
      const isLargest = i === runs.length - 1;
      return result("B2", `server re-validation + SHA-256, ${name(file)} rows`, "-", { value: run.ms / 1000, unit: "s", ...(isLargest ? { target: { max: 5, label: "≤ 5 s" } } : {}) },
        `${(file.bytes / MB / (run.ms / 1000)).toFixed(0)} MB/s`);
    }),
    result("B2", `  peak RSS growth ${name(files[0]!)} → ${name(files.at(-1)!)} rows`, "-", { value: (large.peakRss - small.peakRss) / MB, unit: "MB", target: { max: 100, label: "≤ 100 MB" } },
      `${(small.peakRss / MB).toFixed(0)} → ${(large.peakRss / MB).toFixed(0)} MB`),
  ];
}
