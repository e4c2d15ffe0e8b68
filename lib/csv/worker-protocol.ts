import type { ValidationReport } from "./validation-report";

/** Posted to validation.worker.ts. A File is a Blob; the worker reads it as a stream. */
export type ValidationJob = {
  readonly file: Blob;
  /** YYYY-MM-DD, see todayInUae. */
  readonly today: string;
  /** false: skip SHA-256 because hash.worker.ts computes it in parallel (report.sha256 is ""). */
  readonly hash?: boolean;
};

/** What validation.worker.ts posts back: progress at most every ~100 ms, then done or error. */
export type ValidationWorkerMessage =
  | { readonly type: "progress"; readonly bytes: number; readonly total: number }
  | { readonly type: "done"; readonly report: ValidationReport }
  | { readonly type: "error"; readonly message: string };

/** Posted to hash.worker.ts. */
export type HashJob = { readonly file: Blob };

export type HashWorkerMessage =
  | { readonly type: "done"; readonly sha256: string }
  | { readonly type: "error"; readonly message: string };
