// Reading both published dialects of the Digitization API (the integration guide's
// snake_case envelope and the API reference's bare camelCase) into the portal's one model.
// Pure and browser-safe: no "server-only", no I/O; badges and tables use the status helpers.
import { z } from "zod";
import { DigitizationError } from "./errors";
import type { BatchStatus, BusinessError, RecordStatus, RunError } from "./model";

// Pure value normalisers shared by every response normaliser (and safe for browser code).
// They never throw: a value they cannot read becomes null (or stays as sent, where noted).

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

function isRealDate(y: number, m: number, d: number): boolean {
  // Date rolls 2024-02-30 over to March; compare the parts back to refuse it.
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * ISO timestamps with 0–9 fractional digits, with or without a zone, to ISO with ms
 * precision. A timestamp without a zone is read as UTC: the API emits UTC, and reading it
 * as server-local time would make the result depend on where the portal runs.
 */
export function toIsoTimestamp(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [, y = "", mo = "", d = "", h = "00", mi = "00", s = "00", frac = "", zone] = m;
  if (!isRealDate(Number(y), Number(mo), Number(d))) return null;
  // Truncate, not round: rounding .9999 would move the instant into the next second.
  const ms = frac.padEnd(3, "0").slice(0, 3);
  const offset = !zone || zone.toUpperCase() === "Z" ? "Z" : zone.includes(":") ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** DD/MM/YYYY or ISO (date or timestamp) to YYYY-MM-DD; anything else is kept as sent. */
export function toCalendarDate(value: unknown): string | null {
  const text = toText(value);
  if (text === null) return null;
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text.trim());
  const ymd = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(text.trim());
  const [y, m, d] = dmy ? [dmy[3], dmy[2], dmy[1]] : ymd ? [ymd[1], ymd[2], ymd[3]] : [];
  if (y && m && d && isRealDate(Number(y), Number(m), Number(d))) return `${y}-${m}-${d}`;
  return text;
}

/** Emirates ID in any published spelling (dashed or bare) to 15 bare digits; else as sent. */
export function toEidNumber(value: unknown): string | null {
  const text = toText(value);
  if (text === null) return null;
  const digits = text.replace(/[\s-]/g, "");
  return /^\d{15}$/.test(digits) ? digits : text;
}

/** Absent, null and "" (or blanks) are all "no value". Numbers become their decimal text. */
export function toText(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value !== "string" || value.trim() === "") return null;
  return value;
}

/** Non-negative integer counts, tolerating numeric strings; anything else is null. */
export function toCount(value: unknown): number | null {
  const n = typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 ? n : null;
}

/** The API spells booleans "Yes"/"No" in profiles and true/false elsewhere. */
export function toBoolean(value: unknown): boolean | null {
  if (typeof value === "boolean") return value;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (text === "yes" || text === "true" || text === "y") return true;
  if (text === "no" || text === "false" || text === "n") return false;
  return null;
}

// Status values differ by dialect and casing (`in_progress` vs `PROCESSING`); both sides of
// the API are compared case-insensitively. An unrecognised value becomes "unknown" with the
// raw text kept, so a new server-side state shows up in the UI instead of breaking it.

const BATCH_STATUSES: Readonly<Record<string, BatchStatus>> = {
  pending: "pending",
  in_progress: "in_progress",
  processing: "in_progress",
  completed: "completed",
  failed: "failed",
};

const RECORD_STATUSES: Readonly<Record<string, RecordStatus>> = {
  success: "success",
  failure: "failure",
};

function key(raw: string): string {
  // "IN-PROGRESS" and "in progress" are the same spelling mistake away from "in_progress".
  return raw.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

export function toBatchStatus(raw: unknown): { status: BatchStatus; rawStatus: string | null } {
  if (typeof raw !== "string" || raw.trim() === "") return { status: "unknown", rawStatus: null };
  return { status: BATCH_STATUSES[key(raw)] ?? "unknown", rawStatus: raw };
}

export function toRecordStatus(raw: unknown): RecordStatus {
  if (typeof raw !== "string") return "unknown";
  return RECORD_STATUSES[key(raw)] ?? "unknown";
}

/** Completed and failed are final: polling stops there. */
export function isTerminalStatus(status: BatchStatus): boolean {
  return status === "completed" || status === "failed";
}

// Lenient zod building blocks shared by the endpoint schemas. Side-effect free.
// An optional field of the wrong type reads as absent (`.catch(undefined)`) rather than
// failing the whole response: the spec tells clients to treat such fields as optional, and
// one odd field must not hide a page of good records.

/** Ids, names, codes: strings, tolerating numbers (a numeric customer id). */
export const optText = z.union([z.string(), z.number()]).nullish().catch(undefined);
/** Counts and page numbers, tolerating numeric strings; normalised with toCount. */
export const optCount = z.union([z.number(), z.string()]).nullish().catch(undefined);
/** Booleans, tolerating "Yes"/"No"/"true"; normalised with toBoolean. */
export const optFlag = z.union([z.boolean(), z.string()]).nullish().catch(undefined);
/** Timestamps in any precision; normalised with toIsoTimestamp. */
export const optTimestamp = z.string().nullish().catch(undefined);
/** Status is what makes a body a status body, so it is required (any string or number). */
export const statusText = z.union([z.string(), z.number()]);

/** `{error, message, step}`; a bare string is read as the error code. */
const businessErrorItem = z
  .union([z.string(), z.object({ error: optText, code: optText, message: optText, step: optText })])
  .nullable()
  .catch(null);
const businessErrorList = z.union([z.array(businessErrorItem), businessErrorItem]);
export const businessErrorsField = businessErrorList.nullish().catch(undefined);
type BusinessErrorsInput = z.output<typeof businessErrorsField>;

/** A record's `errors`: `{}` on success, `{business_error: [...]}` on failure, or an array. */
export const recordErrorsField = z
  .union([
    z.array(businessErrorItem),
    z.object({
      business_error: businessErrorsField,
      business_errors: businessErrorsField,
      businessErrors: businessErrorsField,
    }),
  ])
  .nullish()
  .catch(undefined);
type RecordErrorsInput = z.output<typeof recordErrorsField>;

/** `summary.errors[]`: `{errorDetail: {category, message}}`, legacy `error` string, or a string. */
const runErrorItem = z
  .union([
    z.string(),
    z.object({
      errorDetail: z.object({ category: optText, message: optText }).nullish().catch(undefined),
      error_detail: z.object({ category: optText, message: optText }).nullish().catch(undefined),
      category: optText,
      message: optText,
      error: optText,
    }),
  ])
  .nullable()
  .catch(null);
export const runErrorsField = z.array(runErrorItem).nullish().catch(undefined);
type RunErrorsInput = z.output<typeof runErrorsField>;

/** The guide dialect's envelope around any payload. */
export function guideEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ data, message: optText, success: optFlag, code: optText });
}

// Folds every published spelling of record and run errors into one list shape.

type BusinessErrorItem = Exclude<BusinessErrorsInput, unknown[] | null | undefined>;

function toBusinessError(item: BusinessErrorItem): BusinessError | null {
  if (typeof item === "string") return toText(item) === null ? null : { error: item, message: null, step: null };
  const error = toText(item.error) ?? toText(item.code);
  const message = toText(item.message);
  if (error === null && message === null) return null;
  return { error: error ?? "UNKNOWN", message, step: toText(item.step) };
}

/** The lists inside a record's `errors`: an array as is, or the object's keyed lists. */
export function recordErrorLists(errors: RecordErrorsInput): BusinessErrorsInput[] {
  if (errors == null) return [];
  if (Array.isArray(errors)) return [errors];
  return [errors.business_error, errors.business_errors, errors.businessErrors];
}

/** Merges every list given (e.g. `errors.business_error` and a sibling `business_errors`). */
export function toBusinessErrors(lists: BusinessErrorsInput[]): BusinessError[] {
  const out: BusinessError[] = [];
  for (const list of lists) {
    if (list == null) continue;
    for (const item of Array.isArray(list) ? list : [list]) {
      const normalised = item === null ? null : toBusinessError(item);
      if (normalised !== null) out.push(normalised);
    }
  }
  return out;
}

export function toRunErrors(list: RunErrorsInput): RunError[] {
  const out: RunError[] = [];
  for (const item of list ?? []) {
    if (item === null) continue;
    if (typeof item === "string") {
      if (toText(item) !== null) out.push({ category: "unknown", message: item });
      continue;
    }
    const detail = item.errorDetail ?? item.error_detail;
    const category = toText(detail?.category) ?? toText(item.category) ?? "unknown";
    // The legacy `error` string is deprecated; it only fills in when errorDetail says nothing.
    const message = toText(detail?.message) ?? toText(item.message) ?? toText(item.error);
    if (category !== "unknown" || message !== null) out.push({ category, message });
  }
  return out;
}

// Telling the two published dialects apart, and failing with a typed error when a body
// fits neither. Pure and side-effect free.

type Dialect = "guide" | "reference";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Guide bodies wrap the payload: `{data: {...}, message, success}`. Reference bodies are
 * the payload itself — and some of those also have an object `data` (customer data) or an
 * array `data` (errored records). A reference payload always carries its own `batchId` or
 * `status` at the top, an envelope never does (a numeric HTTP-style `status` aside).
 */
export function detectDialect(body: unknown): Dialect {
  if (!isPlainObject(body) || !isPlainObject(body.data)) return "reference";
  const payloadMarker = typeof body.batchId === "string" || typeof body.status === "string";
  return payloadMarker ? "reference" : "guide";
}

/** Parses with a schema or throws malformed_response naming where (never what) it failed. */
export function parseOrThrow<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  // Paths and zod's generic messages only: values could be personal data.
  const detail = result.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
  throw new DigitizationError("malformed_response", `The Digitization API sent an unexpected ${what} response`, {
    detail,
  });
}

/** A 2xx guide envelope that still says `success: false` is a refusal, not data. */
export function assertEnvelopeSuccess(
  envelope: { success?: unknown; message?: unknown; code?: unknown },
  status?: number,
): void {
  if (toBoolean(envelope.success) !== false) return;
  const code = toText(envelope.code);
  // Our words, not the envelope's message (see ./errors).
  throw new DigitizationError("rejected", "The Digitization API reported the request as unsuccessful", {
    ...(status === undefined ? {} : { status }),
    ...(code === null ? {} : { code }),
  });
}
