import type { ProfileField } from "@/lib/batches/contracts";
import type { Formats } from "@/lib/i18n/format";
import type { Translate } from "@/components/requests/upload/report-text";

// The customer profile in words: the API sends keys (`sponsorNameEn`, `steps.0.result`), the
// catalogues label them. A key no catalogue knows is shown as it is (it is the API's own name).

const has = (t: Translate, key: string) => t.has(key as Parameters<Translate["has"]>[0]);
const word = (t: Translate, group: "profileSections" | "profileFields", key: string) =>
  has(t, `details.${group}.${key}`) ? t(`details.${group}.${key}` as Parameters<Translate>[0]) : key;

export function sectionTitle(key: string, t: Translate): string {
  return word(t, "profileSections", key);
}

/** `cardExpiryDate` → "Card expiry date"; `steps.0.result` → "Step 1: Result". */
export function fieldLabel(key: string, t: Translate): string {
  const indexed = /^(\w+)\.(\d+)\.(\w+)$/.exec(key);
  if (!indexed) return word(t, "profileFields", key);
  const [, group, index, field] = indexed as unknown as [string, string, string, string];
  return t("details.profileIndexed", { group: word(t, "profileFields", group), n: Number(index) + 1, field: word(t, "profileFields", field) });
}

// Fields whose values come from a fixed list (gender, emirate, marital status …): words in the
// user's language. Names, professions, ports and other free text stay as the registry sends them.
const ENUMERATED = new Set(["genderEn", "personClass", "immigrationStatus", "maritalStatusEn", "emirateEn", "visaType", "imgStatus", "passportType", "sponsorType"]);

/** "Abu Dhabi" → `details.profileValues.AbuDhabi`; a value the catalogue lacks is shown as sent. */
function enumeratedValue(value: string, t: Translate): string {
  const key = `details.profileValues.${value.replace(/[^A-Za-z0-9]/g, "")}`;
  return has(t, key) ? t(key as Parameters<Translate>[0]) : value;
}

/** Yes/no and listed values in words, calendar dates and instants in the portal's style, the rest as sent. */
export function fieldValue(value: ProfileField["value"], t: Translate, f: Formats, fieldKey = ""): string {
  if (value === null) return "—";
  if (typeof value === "boolean") return value ? t("details.yes") : t("details.no");
  // Numbers here are identifiers (file, sponsor numbers): never grouped with commas.
  if (typeof value === "number") return String(value);
  // The API writes some flags as "Yes"/"No" strings (insideUAE, inGCC): words, not data.
  if (/^(yes|no)$/i.test(value)) return /^yes$/i.test(value) ? t("details.yes") : t("details.no");
  if (ENUMERATED.has(fieldKey)) return enumeratedValue(value, t);
  if (/^\d{4}-\d{2}-\d{2}T/.test(value)) return f.dateTime(value);
  return f.day(value);
}
