import { expect, test } from "@playwright/test";
import { exportedMethods, urlPathOf } from "./support/access-table";
import { eid } from "./support/csv";
import { findPersonalData } from "./support/personal-data-patterns";

// The teardown's scan (e2e/support/scan-logs.ts) and the sweep's route reading are only as good
// as their patterns: these checks need no server.

const kinds = (text: string) => findPersonalData("sample", text).map((f) => f.what);

test("the scan finds Emirates IDs, English and Arabic names, dates of birth and keys, also JSON-escaped", () => {
  expect(kinds(`{"msg":"row","eid":"${eid("1990", "1234567")}"}`)).toEqual(["an Emirates ID"]);
  expect(kinds("784-1990-1234567-1")).toEqual(["an Emirates ID"]);
  expect(kinds('{"fullNameEn":"KARTIK NAIK"}')).toEqual(["a customer name from the test files"]);
  expect(kinds('{"fullNameAr":"فاطمة الشامسي"}')).toEqual(["an Arabic customer name"]);
  expect(kinds(JSON.stringify({ name: "نورة الكعبي" }).replace(/[\u0600-\u06ff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`))).toEqual(["an Arabic customer name"]);
  expect(kinds("dob=27/07/1993")).toEqual(["a customer's date of birth"]);
  expect(kinds("x-transaction-key: sandbox_beta_0123456789abcdef")).toEqual(["an API key"]);
});

test("the scan ignores digests, ids and Arabic interface text", () => {
  const digest = `ab${"7841990123456781"}cd${"0".repeat(44)}`;
  expect(kinds(`{"sha256":"${digest}","requestId":"784a1990-1234-4567-8123-456789012345","customerId":"C7841990123456781ff"}`)).toEqual([]);
  expect(kinds("طلبات ترحيل العملاء — رفع ملف")).toEqual([]);
});

test("route files are read for every form of exported handler", () => {
  expect(exportedMethods('export const dynamic = "force-dynamic";\nexport const GET = route({}, h);\nexport const POST = route({}, h);')).toEqual(["GET", "POST"]);
  expect(exportedMethods("export async function GET(request: Request) {}\nexport function POST(request: Request) {}")).toEqual(["GET", "POST"]);
  expect(exportedMethods("export { handle as GET, handle as HEAD, handle as DELETE, handle as OPTIONS };")).toEqual(["GET", "HEAD", "DELETE", "OPTIONS"]);
  expect(urlPathOf("app/api/requests/[requestId]/batch/errored.csv/route.ts", "abc")).toBe("/api/requests/abc/batch/errored.csv");
  expect(urlPathOf("app/api/uploads/[[...path]]/route.ts", "abc")).toBe("/api/uploads/abc");
});
