// Deterministic "random" choices for the synthetic registry: every value is derived from a
// hash of the Emirates ID, so the same card always yields the same resident file.
export type Picker = {
  pick<T>(list: readonly T[]): T;
  digits(n: number): string;
  /** 0 <= value < bound */
  int(bound: number): number;
};

/**
 * FNV-1a over the seed, then mulberry32. Not cryptographic and need not be: it only has to be
 * stable and cheap, since a million-row batch asks for a million residents.
 */
export function pickerFor(seed: string): Picker {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  let state = h | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    pick: (list) => list[next() % list.length]!,
    digits(n) {
      let s = "";
      for (let i = 0; i < n; i++) s += next() % 10;
      return s;
    },
    int: (bound) => next() % bound,
  };
}

/**
 * YYYY-MM-DD plus a number of days (negative goes back). Plain civil-calendar arithmetic
 * (H. Hinnant's days-from-civil): Date parsing and formatting cost more than the rest of a
 * synthetic resident together.
 */
export function addDays(isoDate: string, days: number): string {
  const [y0, m, d] = [Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)), Number(isoDate.slice(8, 10))];
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return fromDays(era * 146097 + doe + days);
}

function fromDays(z: number): string {
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export const NATIONALITIES = ["IND", "PAK", "EGY", "PHL", "GBR", "JOR", "LBN", "SYR", "BGD", "LKA", "NPL", "USA", "ARE", "SAU", "CAN", "FRA", "DEU", "NGA", "KEN", "CHN"] as const;
export const EMIRATES = ["Dubai", "Abu Dhabi", "Sharjah", "Ajman", "Ras Al Khaimah", "Fujairah", "Umm Al Quwain"] as const;
export const PROFESSIONS = ["Accountant", "Engineer", "Sales Manager", "Nurse", "Teacher", "Software Developer", "Driver", "Chef", "Consultant", "Administrative Assistant"] as const;
export const VISA_TYPES = ["Employment Residence", "Family Residence", "Investor Residence", "Golden Visa"] as const;
export const SPONSORS = ["Al Noor Trading LLC", "Gulf Horizon Contracting", "Emirates Star Hospitality", "Desert Palm Healthcare", "Blue Creek Logistics", "Falcon Technologies FZ-LLC"] as const;
export const PORTS = ["Dubai International Airport", "Abu Dhabi International Airport", "Sharjah International Airport", "Hatta Border Crossing", "Al Ghuwaifat Border Crossing"] as const;

// Names the registry knows in both scripts. A given name carries its holder's gender, so a
// resident's English name, Arabic name and gender always agree (a Fatima is female in both).
type Gender = "Male" | "Female";
const GIVEN_NAMES: readonly { en: readonly string[]; ar: string; gender: Gender }[] = [
  { en: ["MOHAMMED", "MOHAMMAD", "MUHAMMAD", "MOHAMED"], ar: "محمد", gender: "Male" },
  { en: ["AHMED", "AHMAD"], ar: "أحمد", gender: "Male" },
  { en: ["ALI"], ar: "علي", gender: "Male" },
  { en: ["KHALID", "KHALED"], ar: "خالد", gender: "Male" },
  { en: ["YOUSEF", "YOUSUF", "YUSUF"], ar: "يوسف", gender: "Male" },
  { en: ["FATIMA", "FATIMAH"], ar: "فاطمة", gender: "Female" },
  { en: ["MARYAM", "MARIAM"], ar: "مريم", gender: "Female" },
  { en: ["SARA", "SARAH"], ar: "سارة", gender: "Female" },
  { en: ["NOURA", "NORA", "NOURAH"], ar: "نورة", gender: "Female" },
  { en: ["LAILA", "LEILA", "LAYLA"], ar: "ليلى", gender: "Female" },
];
const FAMILY_NAMES: readonly { en: readonly string[]; ar: string }[] = [
  { en: ["HAMMADI"], ar: "الحمادي" },
  { en: ["MANSOURI", "MANSOORI"], ar: "المنصوري" },
  { en: ["SHAMSI"], ar: "الشامسي" },
  { en: ["KAABI", "KAABY"], ar: "الكعبي" },
  { en: ["NUAIMI", "NAIMI"], ar: "النعيمي" },
  { en: ["DHAHERI", "DHAHIRI"], ar: "الظاهري" },
  { en: ["SUWAIDI", "SUWAIDY"], ar: "السويدي" },
  { en: ["MUHAIRI", "MUHAIRBI"], ar: "المهيري" },
];
export const ARABIC_GIVEN = GIVEN_NAMES.map((n) => n.ar);
export const ARABIC_FAMILY = FAMILY_NAMES.map((n) => n.ar);

/** "Al Kaabi", "AL-KAABI", "Alkaabi", "الكعبي" → one spelling to compare. */
const familyKey = (words: string[]) => words.join("").toUpperCase().replace(/[^A-Z\u0600-\u06FF]/g, "").replace(/^AL(?=[A-Z]{4})/, "");
const ARABIC_FAMILY_KEYS = FAMILY_NAMES.map((n) => familyKey([n.ar]));

/**
 * The gender and Arabic name the registry holds for the name on a bank's row. A given name it
 * knows (in either script) decides the gender; the Arabic name is given only when the family
 * name is known too. Otherwise the gender comes from the picker and the Arabic name is empty
 * (the authority holds none), never a name that belongs to someone else.
 */
export function residentName(nameOnEid: string, r: Picker): { genderEn: Gender; fullNameAr: string } {
  const [first = "", ...rest] = nameOnEid.trim().split(/\s+/);
  const firstUpper = first.toUpperCase();
  const given = GIVEN_NAMES.find((n) => n.ar === first || n.en.includes(firstUpper));
  // Keyed once per name, not once per known family: a million-row batch asks a million times.
  const key = familyKey(rest);
  const family = FAMILY_NAMES.find((n, i) => ARABIC_FAMILY_KEYS[i] === key || n.en.includes(key));
  const genderEn = given?.gender ?? r.pick(["Male", "Female"] as const);
  return { genderEn, fullNameAr: given && family ? `${given.ar} ${family.ar}` : "" };
}
