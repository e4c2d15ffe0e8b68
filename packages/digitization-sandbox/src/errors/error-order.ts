import type { RecordError } from "./record-errors";

/**
 * Errors come back from jsonb with their keys re-ordered; answers list them in the published
 * order `{error, message, step}` so they read like the documentation.
 */
export function inPublishedOrder(errors: RecordError[] | null): RecordError[] {
  return (errors ?? []).map(({ error, message, step }) => ({ error, message, step }));
}
