// Folds every published spelling of record and run errors into one list shape.
import type { BusinessError, RunError } from "./model";
import { toText } from "./normalize-values";
import type { BusinessErrorsInput, RecordErrorsInput, RunErrorsInput } from "./schema-fields";

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
