// Run-level failures: the file as a whole cannot be processed. They end the batch `failed`
// with `summary.errors[].errorDetail.category`, the value clients branch on.

export const RUN_ERROR_CATEGORIES = ["INVALID_FILE_FORMAT", "HEADER_MISMATCH", "EMPTY_FILE"] as const;

export type RunErrorCategory = (typeof RUN_ERROR_CATEGORIES)[number];

export type RunError = { category: RunErrorCategory; message: string };

export const runError = (category: RunErrorCategory, message: string): RunError => ({ category, message });

/** `summary.errors[]` entry; `error` is the deprecated legacy string some clients still read. */
export function runErrorEntry(e: RunError) {
  return { errorDetail: { category: e.category, message: e.message }, error: e.message };
}
