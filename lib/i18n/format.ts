import type { createFormatter } from "next-intl";

type Formatter = ReturnType<typeof createFormatter>;

const SIZE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/**
 * Dates, counts and sizes in the user's language, all through next-intl's formatter so the one
 * date style (FORMATS.dateTime.moment: UAE time, labelled) holds on every page, admin included.
 * The browser's hook (use-format.ts) and server pages build it from the same request config.
 */
export function formatsFor(format: Formatter) {
  return {
    /** "27 Nov 2026, 19:04 GST"; "—" for a missing or unreadable time. */
    dateTime(iso: string | null | undefined): string {
      const date = iso ? new Date(iso) : null;
      return date && !Number.isNaN(date.getTime()) ? format.dateTime(date, "moment") : "—";
    },
    /** A calendar date, "2026-11-27" → "27 Nov 2026"; anything else is returned as it is. */
    day(isoDate: string): string {
      return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? format.dateTime(new Date(`${isoDate}T00:00:00Z`), "day") : isoDate;
    },
    count: (n: number) => format.number(n),
    /** Binary multiples under the unit names Intl gives each language ("1.2 kB", "1.2 كيلوبايت"). */
    bytes(bytes: number): string {
      let value = bytes;
      let unit = 0;
      while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
        value /= 1024;
        unit += 1;
      }
      const digits = unit === 0 ? 0 : value < 10 ? 1 : 0;
      return format.number(value, { style: "unit", unit: SIZE_UNITS[unit], unitDisplay: unit === 0 ? "long" : "short", maximumFractionDigits: digits });
    },
  };
}

export type Formats = ReturnType<typeof formatsFor>;
