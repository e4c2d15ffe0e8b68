import type { z } from "zod";

export type FieldErrors = Record<string, string>;

/** The first message per field of a failed parse, keyed by the field's top-level name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "form");
    out[key] ??= issue.message;
  }
  return out;
}

/** One sentence for the form's alert, so the problems are announced together. */
export function summarize(errors: FieldErrors): string | null {
  const messages = Object.values(errors);
  return messages.length ? `Please correct the form: ${messages.join(" ")}` : null;
}
