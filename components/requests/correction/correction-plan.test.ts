import { describe, expect, it } from "vitest";
import { canFixInBrowser, correctedFileName, correctionBody, erroredDownloadLink } from "./correction-plan";

const ID = "5b6f0a52-3f5e-4d57-9a3e-9f1d1f0c8a11";
const OTHER = "0d3c3a55-87c1-4a4e-8a8e-2c7a5e0a9b21";

describe("a correction's decisions", () => {
  it("offers the grid for errors in rows, not for a file that cannot be read as rows", () => {
    expect(canFixInBrowser({ blocking: true })).toBe(true);
    expect(canFixInBrowser({ blocking: false })).toBe(false);
    expect(canFixInBrowser({ blocking: true, fileError: { code: "HEADER_MISMATCH" } as never })).toBe(true);
    for (const code of ["FILE_NOT_CSV", "ENCODING_NOT_UTF8", "EMPTY_FILE"]) expect(canFixInBrowser({ blocking: true, fileError: { code } as never })).toBe(false);
  });

  it("names the corrected file after the original, once", () => {
    expect(correctedFileName("customers.csv")).toBe("customers (corrected).csv");
    expect(correctedFileName("Customers.CSV")).toBe("Customers (corrected).csv");
    expect(correctedFileName("customers (corrected).csv")).toBe("customers (corrected).csv");
    expect(correctedFileName("export")).toBe("export (corrected).csv");
  });

  it("links an errored-rows download to its source request or the dialog's, and refuses when they disagree", () => {
    expect(erroredDownloadLink(ID, undefined)).toEqual({ kind: "link", id: ID });
    expect(erroredDownloadLink(null, ID)).toEqual({ kind: "link", id: ID });
    expect(erroredDownloadLink(ID, ID)).toEqual({ kind: "link", id: ID });
    expect(erroredDownloadLink(ID, OTHER)).toEqual({ kind: "mismatch" });
    expect(erroredDownloadLink(null, undefined)).toEqual({ kind: "unlinked" });
  });

  it("tells the server counts, and the original's codes only beside a link", () => {
    const built = { cellsChanged: 4, rowsExcluded: 1, parentCodes: { EXPIRED_EID: 2 } };
    expect(correctionBody(built, "grid", true)).toEqual({ source: "grid", cellsChanged: 4, rowsExcluded: 1, parentCodes: { EXPIRED_EID: 2 } });
    expect(correctionBody(built, "grid", false)).toEqual({ source: "grid", cellsChanged: 4, rowsExcluded: 1 });
    expect(correctionBody({ ...built, parentCodes: {} }, "errored-download", true)).not.toHaveProperty("parentCodes");
  });
});
