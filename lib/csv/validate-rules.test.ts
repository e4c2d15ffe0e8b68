import { describe, expect, it } from "vitest";
import ar from "@/lib/i18n/messages/ar.json";
import en from "@/lib/i18n/messages/en.json";
import { RULE_CODES, RULES, type RuleCode } from "./rule-catalogue";
import { HEADER, TODAY, csv, eid, row, rows, utf8, validateBytes } from "./test-support";
import { TEMPLATE_COLUMNS } from "./template-columns";

type Input = string | Uint8Array;
type Case = { code: RuleCode; fail: Input; row: number | null; pass: Input };

const ok = csv(row());
const bytes = (...b: number[]) => new Uint8Array(b);
const withBytes = (head: Uint8Array, text: string) => new Uint8Array([...head, ...utf8(text)]);
const two = rows(2);
const header = (fields: string[]) => `${fields.join(",")}\n${row()}\n`;
const cols = [...TEMPLATE_COLUMNS];
const swapped = [cols[0]!, cols[1]!, cols[7]!, ...cols.slice(3, 7), cols[2]!];
const cp1256Line3 = new Uint8Array([...utf8(csv(two[0]!)), ...utf8(two[1]!.replace("Kartik Naik", "")), 0xe3, 0xcd, 0xe3, 0xcf, 0x0a]);

/** One failing and one passing input per rule code; a test below checks the table is complete. */
const CASES: Case[] = [
  { code: "EMPTY_FILE", fail: "", row: null, pass: ok },
  { code: "FILE_XLSX", fail: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0), row: null, pass: ok },
  { code: "FILE_XLS", fail: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0), row: null, pass: ok },
  { code: "FILE_GZIP", fail: bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0), row: null, pass: ok },
  { code: "FILE_PDF", fail: "%PDF-1.4\n1 0 obj\n", row: null, pass: ok },
  { code: "FILE_HTML", fail: "<html><body><table><tr><td>customer_id</td></tr></table>", row: null, pass: ok },
  { code: "FILE_BINARY", fail: csv(row({ name_on_eid: "Kartik\u0000Naik" })), row: null, pass: ok },
  { code: "ENCODING_UTF16", fail: withBytes(bytes(0xff, 0xfe), ""), row: null, pass: ok },
  { code: "ENCODING_INVALID_UTF8", fail: cp1256Line3, row: 3, pass: csv(...two) },
  { code: "BOM", fail: withBytes(bytes(0xef, 0xbb, 0xbf), ok), row: 1, pass: ok },
  { code: "LINE_ENDINGS_CR", fail: ok.replaceAll("\n", "\r"), row: 1, pass: ok.replaceAll("\n", "\r\n") },
  { code: "LINE_ENDINGS_MIXED", fail: `${HEADER}\n${two[0]}\r\n${two[1]}\n`, row: 2, pass: `${HEADER}\r\n${two[0]}\r\n${two[1]}\r\n` },
  { code: "LINE_TOO_LONG", fail: `${HEADER}\n${"x".repeat(1_100_000)}`, row: 2, pass: ok },
  { code: "NO_DATA_ROWS", fail: `${HEADER}\n`, row: null, pass: ok },
  { code: "DELIMITER_WRONG", fail: `${cols.join(";")}\n${row().replaceAll(",", ";")}\n`, row: 1, pass: ok },
  { code: "HEADER_MISSING", fail: `${row()}\n`, row: 1, pass: ok },
  { code: "HEADER_MISMATCH", fail: header(cols.map((c) => (c === "dob" ? "DOB" : c))), row: 1, pass: ok },
  { code: "HEADER_MISSING_COLUMN", fail: header(cols.slice(0, 7)), row: 1, pass: ok },
  { code: "HEADER_EXTRA_COLUMN", fail: header([...cols, ""]), row: 1, pass: ok },
  { code: "HEADER_UNKNOWN_COLUMN", fail: header([...cols, "email"]), row: 1, pass: ok },
  { code: "HEADER_DUPLICATE_COLUMN", fail: header([...cols.slice(0, 7), "customer_id"]), row: 1, pass: ok },
  { code: "HEADER_ORDER", fail: header(swapped), row: 1, pass: ok },
  { code: "HEADER_REPEATED", fail: csv(two[0]!, HEADER, two[1]!), row: 3, pass: csv(...two) },
  { code: "ROW_FIELD_COUNT", fail: csv(row({ name_on_eid: "Naik, Kartik" })), row: 2, pass: csv(row({ name_on_eid: '"Naik, Kartik"' })) },
  { code: "BLANK_ROW", fail: csv(two[0]!, "", two[1]!), row: 3, pass: csv(...two) },
  { code: "QUOTE_UNTERMINATED", fail: csv(row({ name_on_eid: '"Kartik Naik' }), ...rows(2, 5)), row: 2, pass: csv(row({ name_on_eid: '"Kartik Naik"' })) },
  { code: "QUOTE_MALFORMED", fail: csv(row({ name_on_eid: '"Kartik" Naik' })), row: 2, pass: csv(row({ name_on_eid: '"Kartik ""KK"" Naik"' })) },
  { code: "REQUIRED_MISSING", fail: csv(row({ consent_version: "" })), row: 2, pass: ok },
  { code: "VALUE_SPACES", fail: csv(row({ customer_id: " 100010" })), row: 2, pass: ok },
  { code: "NAME_SPACES", fail: csv(row({ name_on_eid: "Kartik Naik " })), row: 2, pass: ok },
  { code: "TEXT_FORMULA", fail: csv(row({ name_on_eid: "=HYPERLINK(1)" })), row: 2, pass: csv(row({ name_on_eid: "Kartik-Naik" })) },
  { code: "TEXT_CONTROL", fail: csv(row({ name_on_eid: '"Kartik\nNaik"' })), row: 2, pass: ok },
  { code: "TEXT_INVISIBLE", fail: csv(row({ name_on_eid: "Kar\u200Btik" })), row: 2, pass: ok },
  { code: "TEXT_BIDI", fail: csv(row({ name_on_eid: "Kartik\u202Egnp.exe" })), row: 2, pass: csv(row({ name_on_eid: "كارتيك نايك" })) },
  { code: "TEXT_MARKUP", fail: csv(row({ name_on_eid: "<script>alert(1)</script>" })), row: 2, pass: csv(row({ name_on_eid: "A < B" })) },
  { code: "CUSTOMER_ID_DUPLICATE", fail: csv(row({ eid_number: eid(1) }), row({ eid_number: eid(2) })), row: 3, pass: csv(...two) },
  { code: "EID_SCIENTIFIC", fail: csv(row({ eid_number: "7.84300000001855E+14" })), row: 2, pass: ok },
  { code: "EID_DECIMAL", fail: csv(row({ eid_number: "784300000001855.0" })), row: 2, pass: ok },
  { code: "EID_APOSTROPHE", fail: csv(row({ eid_number: "'784300000001855" })), row: 2, pass: ok },
  { code: "EID_LOOKALIKE", fail: csv(row({ eid_number: "٧٨٤٣٠٠٠٠٠٠٠٠١٨٥٥" })), row: 2, pass: ok },
  { code: "EID_FORMAT", fail: csv(row({ eid_number: "784 3000 0000185 5" })), row: 2, pass: csv(row({ eid_number: "784-3000-0000185-5" })) },
  { code: "EID_LENGTH", fail: csv(row({ eid_number: "78430000000185" })), row: 2, pass: ok },
  { code: "EID_PLACEHOLDER", fail: csv(row({ eid_number: "111-1111-1111111-1" })), row: 2, pass: ok },
  { code: "EID_PREFIX", fail: csv(row({ eid_number: "123456789012345" })), row: 2, pass: ok },
  { code: "EID_CHECKSUM", fail: csv(row({ eid_number: "784300000001856" })), row: 2, pass: csv(row({ eid_number: "784300000001715" })) },
  {
    code: "EID_DUPLICATE",
    fail: csv(row({ customer_id: "1", eid_number: "784300000001855" }), row({ customer_id: "2", eid_number: "784-3000-0000185-5" })),
    row: 3,
    pass: csv(row({ customer_id: "1", eid_number: "784300000001855" }), row({ customer_id: "2", eid_number: "784300000001715" })),
  },
  { code: "EID_EXPIRED", fail: csv(row({ eid_expiry_date: "11/03/2026" })), row: 2, pass: csv(row({ eid_expiry_date: "12/03/2026" })) },
  { code: "DATE_FORMAT", fail: csv(row({ onboarding_date: "1/3/2024" })), row: 2, pass: csv(row({ onboarding_date: "01/03/2024" })) },
  { code: "DATE_ISO", fail: csv(row({ onboarding_date: "2024-01-31" })), row: 2, pass: csv(row({ onboarding_date: "31/01/2024" })) },
  { code: "DATE_EXCEL_SERIAL", fail: csv(row({ eid_issue_date: "45321" })), row: 2, pass: ok },
  { code: "DATE_US_FORMAT", fail: csv(row({ dob: "07/27/1993" })), row: 2, pass: ok },
  { code: "DATE_INVALID", fail: csv(row({ eid_issue_date: "31/02/2024" })), row: 2, pass: csv(row({ eid_issue_date: "29/02/2024" })) },
  { code: "DATE_OUT_OF_RANGE", fail: csv(row({ onboarding_date: "01/01/1899" })), row: 2, pass: ok },
  { code: "DOB_IN_FUTURE", fail: csv(row({ dob: "13/03/2026" })), row: 2, pass: csv(row({ dob: "12/03/2020" })) },
  { code: "DOB_AGE_IMPLAUSIBLE", fail: csv(row({ dob: "12/03/1905" })), row: 2, pass: csv(row({ dob: "13/03/1905" })) },
  { code: "ISSUE_AFTER_EXPIRY", fail: csv(row({ eid_issue_date: "02/01/2026", eid_expiry_date: "01/01/2026" })), row: 2, pass: csv(row({ eid_issue_date: "01/01/2026", eid_expiry_date: "01/01/2031" })) },
  { code: "ISSUE_BEFORE_BIRTH", fail: csv(row({ eid_issue_date: "01/01/1990" })), row: 2, pass: ok },
  { code: "ISSUE_IN_FUTURE", fail: csv(row({ eid_issue_date: "13/03/2026" })), row: 2, pass: csv(row({ eid_issue_date: "12/03/2026" })) },
  { code: "ONBOARDING_IN_FUTURE", fail: csv(row({ onboarding_date: "13/03/2026" })), row: 2, pass: ok },
];

const run = (input: Input) => validateBytes(typeof input === "string" ? utf8(input) : input, { today: TODAY });

describe("rule catalogue", () => {
  it("has a failing and a passing input for every code", () => {
    expect(new Set(CASES.map((c) => c.code))).toEqual(new Set(RULE_CODES));
  });

  it("gives every code a message and a fix in both catalogues", () => {
    for (const code of RULE_CODES) {
      for (const messages of [en, ar]) {
        expect(messages.rules[code].message.length, code).toBeGreaterThan(10);
        expect(messages.rules[code].hint.length, code).toBeGreaterThan(10);
      }
    }
  });
});

describe.each(CASES)("$code", ({ code, fail, row: line, pass }) => {
  it("is reported on the failing input, with its severity", async () => {
    const report = await run(fail);
    const found = report.issues.find((i) => i.code === code);
    expect(found, JSON.stringify(report.issues.map((i) => i.code))).toBeDefined();
    expect(found!.row).toBe(line);
    expect(found!.severity).toBe(RULES[code].severity);
    expect(report.counts[code]).toBeGreaterThan(0);
    expect(report.blocking).toBe(report.errorCount > 0);
    if (RULES[code].fatal) expect(report.fileError?.code).toBe(code);
  });

  it("is not reported on the passing input", async () => {
    const report = await run(pass);
    expect(report.issues.map((i) => i.code)).not.toContain(code);
  });
});

describe("an issue names its row's customer", () => {
  it("carries the customer_id of a row issue and none for a file issue", async () => {
    const report = await run(csv(row({ customer_id: "CUST-77", dob: "1/2/99" })));
    expect(report.issues.find((i) => i.column === "dob")).toMatchObject({ row: 2, customerId: "CUST-77" });
    const headerOnly = await run("customer_id;eid_number\n");
    expect(headerOnly.issues.every((i) => i.customerId === null)).toBe(true);
  });
});
