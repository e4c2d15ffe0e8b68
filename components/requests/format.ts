// Dates, counts and sizes are formatted by lib/i18n/format.ts (the user's language, UAE time).

export function pageCount(pageSize: number, total: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
