// Lenient zod building blocks shared by the endpoint schemas. Side-effect free.
// An optional field of the wrong type reads as absent (`.catch(undefined)`) rather than
// failing the whole response: the spec tells clients to treat such fields as optional, and
// one odd field must not hide a page of good records.
import { z } from "zod";

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
export type BusinessErrorsInput = z.output<typeof businessErrorsField>;

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
export type RecordErrorsInput = z.output<typeof recordErrorsField>;

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
export type RunErrorsInput = z.output<typeof runErrorsField>;

/** The guide dialect's envelope around any payload. */
export function guideEnvelope<T extends z.ZodType>(data: T) {
  return z.object({ data, message: optText, success: optFlag, code: optText });
}
