import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { ErroredItem, ErroredPage } from "@/lib/digitization/client/model";
import { ERRORED_CSV_COLUMNS, erroredCsvHeader, erroredCsvRow, erroredCsvStream } from "./errored-csv";

const item = (overrides: Partial<ErroredItem["inputData"]> = {}, codes = ["EXPIRED_EID"]): ErroredItem => ({
  status: "failure",
  businessErrors: codes.map((error) => ({ error, message: error === "EXPIRED_EID" ? "EmiratesID is Expired" : "Resident not found in ICP", step: "VALIDATE_RESIDENT_INFO" })),
  inputData: {
    customer_id: "100010",
    eid_number: "784300000001855",
    onboarding_date: "12/03/2026",
    consent_version: "v1",
    name_on_eid: "Kartik Naik",
    eid_issue_date: "01/01/2024",
    eid_expiry_date: "01/01/2026",
    dob: "27/07/1993",
    card_number: "123456789",
    ...overrides,
  },
});

const REQUEST_ID = "6f1c2b9e-0d4a-4c1e-9b7a-2a5e8c3d1f00";

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

async function* pages(list: ErroredPage[]): AsyncGenerator<ErroredPage, { truncated: boolean }> {
  for (const p of list) yield p;
  return { truncated: false };
}

describe("errored rows CSV", () => {
  it("has the template's 8 columns in order, then the error columns and the request they failed in", () => {
    expect(erroredCsvHeader()).toBe(
      "customer_id,eid_number,onboarding_date,consent_version,name_on_eid,eid_issue_date,eid_expiry_date,dob,error_code,error_message,source_request\r\n",
    );
    expect(ERRORED_CSV_COLUMNS).toHaveLength(11);
  });

  it("keeps the input strings exactly as uploaded (unmasked, dates as DD/MM/YYYY), without extra fields", () => {
    const [row] = parse(erroredCsvRow(item(), REQUEST_ID));
    expect(row).toEqual([
      "100010", "784300000001855", "12/03/2026", "v1", "Kartik Naik", "01/01/2024", "01/01/2026", "27/07/1993",
      "EXPIRED_EID", "EmiratesID is Expired", REQUEST_ID,
    ]);
  });

  it("keeps commas and quotes in values through RFC 4180 quoting", () => {
    const [row] = parse(erroredCsvRow(item({ name_on_eid: 'Naik, "Kartik"' }), REQUEST_ID));
    expect(row?.[4]).toBe('Naik, "Kartik"');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    const [row] = parse(erroredCsvRow(item({ name_on_eid: "=HYPERLINK(\"http://x\")", consent_version: "+1", customer_id: "@SUM(A1)" }), REQUEST_ID));
    for (const cell of row ?? []) expect(cell).not.toMatch(/^\s*[=+\-@\t\r]/);
    expect(row?.[4]).toBe("'=HYPERLINK(\"http://x\")");
  });

  it("writes one line per record, several errors sharing the cells", () => {
    const rows = parse(erroredCsvRow(item({}, ["EXPIRED_EID", "RESIDENT_NOT_FOUND"]), REQUEST_ID));
    expect(rows).toHaveLength(1);
    expect(rows[0]?.slice(8)).toEqual(["EXPIRED_EID; RESIDENT_NOT_FOUND", "EmiratesID is Expired; Resident not found in ICP", REQUEST_ID]);
  });

  it("streams the header and every page, skipping empty ones, each line naming the request", async () => {
    const csv = await readAll(
      erroredCsvStream(
        pages([
          { batchId: null, pageNo: 1, hasNext: true, items: [item({ customer_id: "1" }), item({ customer_id: "2" })] },
          { batchId: null, pageNo: 2, hasNext: true, items: [] },
          { batchId: null, pageNo: 3, hasNext: false, items: [item({ customer_id: "3" })] },
        ]),
        REQUEST_ID,
      ),
    );
    expect(csv.startsWith("customer_id,")).toBe(true);
    expect(parse(csv).map((r) => r[0])).toEqual(["customer_id", "1", "2", "3"]);
    expect(parse(csv).map((r) => r[10])).toEqual(["source_request", REQUEST_ID, REQUEST_ID, REQUEST_ID]);
  });

  it("fails the download instead of ending it short when the page cap was hit", async () => {
    async function* capped(): AsyncGenerator<ErroredPage, { truncated: boolean }> {
      yield { batchId: null, pageNo: 1, hasNext: true, items: [item()] };
      return { truncated: true };
    }
    await expect(readAll(erroredCsvStream(capped(), REQUEST_ID))).rejects.toThrow();
  });
});
