import { createSHA256 } from "hash-wasm";
import type { RuleCode } from "./rule-catalogue";
import type { TemplateColumn } from "./template-columns";
import type { ValidationReport } from "./validation-report";

export type ValidatorOptions = {
  /** The validation day, YYYY-MM-DD (see todayInUae); injected so browser, server and tests agree. */
  readonly today: string;
  /** Called after every chunk with the bytes consumed so far. */
  readonly onProgress?: (bytes: number) => void;
  readonly maxStoredIssues?: number;
  /**
   * SHA-256 of the bytes: hash-wasm by default (same code in browser and Node). A server may
   * pass a native hasher instead, e.g. node:crypto's createHash("sha256"), several times faster.
   * false when the caller hashes the same bytes elsewhere: the browser hashes in a second worker
   * so SHA-256 (about a quarter of the work) runs on the other core; the report's sha256 is "".
   */
  readonly hash?: boolean | ByteHasher;
  /** The correction engine's view of the same pass (lib/csv/correction): absent for a plain check. */
  readonly observer?: ValidationObserver;
  /** "," (the template's) unless the correction engine reopens a file written with ";" or tabs. */
  readonly delimiter?: CsvDelimiter;
};

export type CsvDelimiter = "," | ";" | "\t";

/**
 * Sees what the check sees while it runs, so the correction engine keeps the rows to fix from
 * the dialog's own pass instead of parsing the file a second time.
 */
export type ValidationObserver = {
  /** The header as read; returns how many columns after the template's every record sets aside (an errored download's own), else 0. */
  header(fields: readonly string[]): number;
  /** Every issue as it is counted (repeated keys come at the end, from finish()). */
  issue(code: RuleCode, line: number | null, column: TemplateColumn | null): void;
  /** The row being checked holds this Emirates ID (its 15 digits as a number). */
  eid(key: number): void;
  /** The row being checked holds this customer_id: a number ≥ 0, minus its short code, or the trimmed text (a slice: copy before keeping). */
  customerId(key: number | string): void;
  /** A data row was checked (its issues and keys came before); extra: its set-aside columns. Fields are the reader's: copy before keeping. */
  row(fields: readonly string[], line: number, extra: readonly string[]): void;
};

/** The part of a SHA-256 hasher the validator uses (node:crypto Hash and hash-wasm both fit). */
export type ByteHasher = {
  update(data: Uint8Array): unknown;
  digest(encoding: "hex"): string;
};

/** Feed raw bytes in any chunking with push(), then finish() once; the report is chunking-independent. */
export type CsvValidator = {
  push(chunk: Uint8Array): void;
  finish(): ValidationReport;
};

/** hash-wasm unless the caller brought a hasher or hashes elsewhere. */
export async function createHasher(hash: ValidatorOptions["hash"]): Promise<ByteHasher | null> {
  if (hash === false) return null;
  if (typeof hash === "object") return hash;
  const hasher = await createSHA256();
  hasher.init();
  return hasher;
}
