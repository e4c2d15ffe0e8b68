import { DATE_NOT_REAL, DATE_YEAR_OUT_OF_RANGE, MAX_YEAR, MIN_YEAR, daysInMonth, formatDate } from "./parse-date";
import { quoted } from "./issue";
import type { RuleCode } from "./rule-catalogue";

export type DateDiagnosis = { code: RuleCode; message: string };

const MONTHS = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const SERIAL = /^\d{1,6}(?:\.\d+)?$/;
const DMY_LOOSE = /^(\d{1,2})([/.\-])(\d{1,2})([/.\-])(\d{2}|\d{4})(.*)$/;
/** Excel's 1900 date system: serial 1 = 01/01/1900, with its fictitious 29/02/1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

const isReal = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
const pack = (y: number, m: number, d: number) => y * 10000 + m * 100 + d;

/** Slow path, run only for a date that failed parseDate: says what the value most likely is. */
export function diagnoseDate(s: string, failure: number): DateDiagnosis {
  const loose = DMY_LOOSE.exec(s);
  if (failure === DATE_NOT_REAL || failure === DATE_YEAR_OUT_OF_RANGE) return diagnoseNumbers(s, failure);
  const iso = ISO.exec(s);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const fix = isReal(y, m, d) ? ` Write it as ${formatDate(pack(y, m, d))}.` : "";
    return { code: "DATE_ISO", message: `${quoted(s)} is written year-first (YYYY-MM-DD).${fix}` };
  }
  if (SERIAL.test(s)) {
    const serial = Math.floor(Number(s));
    const date = new Date(EXCEL_EPOCH_MS + serial * 86_400_000);
    const y = date.getUTCFullYear();
    if (serial >= 1 && y <= MAX_YEAR) {
      const shown = formatDate(pack(y, date.getUTCMonth() + 1, date.getUTCDate()));
      return { code: "DATE_EXCEL_SERIAL", message: `${quoted(s)} is a spreadsheet serial number (it stands for ${shown}), not a DD/MM/YYYY date.` };
    }
  }
  if (loose) return diagnoseLoose(s, loose);
  return { code: "DATE_FORMAT", message: `${quoted(s)} is not a date in DD/MM/YYYY format.` };
}

function diagnoseLoose(s: string, g: RegExpExecArray): DateDiagnosis {
  const [d, m, yText, rest] = [Number(g[1]), Number(g[3]), g[5]!, g[6]!];
  if (m > 12 && d <= 12) return usFormat(s, d, m, yText);
  const problems: string[] = [];
  if (rest.trim() !== "") problems.push("remove the time part");
  if (g[2] !== "/" || g[4] !== "/") problems.push("separate day, month and year with '/'");
  if (yText.length === 2) problems.push("use a four-digit year");
  if (g[1]!.length === 1 || g[3]!.length === 1) problems.push("write day and month with two digits");
  const y = yText.length === 4 ? Number(yText) : NaN;
  const fix = Number.isFinite(y) && isReal(y, m, d) ? ` (${formatDate(pack(y, m, d))})` : "";
  return { code: "DATE_FORMAT", message: `${quoted(s)} is not DD/MM/YYYY: ${problems.join(", ")}${fix}.` };
}

/** s is DD/MM/YYYY digits (parseDate got that far) but not a usable date. */
function diagnoseNumbers(s: string, failure: number): DateDiagnosis {
  const d = Number(s.slice(0, 2));
  const m = Number(s.slice(3, 5));
  const y = Number(s.slice(6, 10));
  if (m > 12 && d <= 12) return usFormat(s, d, m, String(y));
  if (failure === DATE_YEAR_OUT_OF_RANGE) {
    return { code: "DATE_OUT_OF_RANGE", message: `${quoted(s)} has the year ${y}, outside ${MIN_YEAR}-${MAX_YEAR}.` };
  }
  if (m < 1 || m > 12) return { code: "DATE_INVALID", message: `${quoted(s)} has month ${m}; months run from 01 to 12.` };
  const max = daysInMonth(y, m);
  return { code: "DATE_INVALID", message: `${quoted(s)} does not exist: ${MONTHS[m]} ${y} has ${max} days.` };
}

function usFormat(s: string, d: number, m: number, y: string): DateDiagnosis {
  const swapped = `${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y}`;
  return { code: "DATE_US_FORMAT", message: `${quoted(s)} has ${m} as the month, so it looks like MM/DD/YYYY; as DD/MM/YYYY it would be ${swapped}.` };
}
