import type { Formats } from "next-intl";

/**
 * The one date style of the portal, shared by the server and the browser
 * through next-intl. `moment` reads "27 Nov 2026, 19:04 GST" in English (Asia/Dubai, see
 * config.ts); `day` writes a calendar date such as a date of birth, "27 Jul 1993".
 */
export const FORMATS = {
  dateTime: {
    moment: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
    // A calendar date (date of birth, card expiry) names a day, not an instant: no zone shift.
    day: { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" },
  },
} as const satisfies Formats;
