import { describe, expect, it } from "vitest";
import type { Issue } from "@/lib/csv/issue";
import { uploadBlockedReason, type GateInput } from "./upload-gate";

const clean: GateInput = { report: { blocking: false, errorCount: 0, warningCount: 0 }, duplicates: { state: "done", count: 0 }, acknowledged: false };
const fileError = { code: "BOM" } as Issue;

describe("uploadBlockedReason", () => {
  it("allows a clean, new file", () => expect(uploadBlockedReason(clean)).toBeNull());

  it("blocks a file-level problem first", () => {
    expect(uploadBlockedReason({ ...clean, report: { blocking: true, errorCount: 1, warningCount: 0, fileError } })).toMatch(/cannot be read as the EID template/);
  });

  it("blocks errors and says how many", () => {
    expect(uploadBlockedReason({ ...clean, report: { blocking: true, errorCount: 1, warningCount: 0 } })).toBe("Upload is disabled because the file has 1 error. Correct it and choose the corrected file.");
    expect(uploadBlockedReason({ ...clean, report: { blocking: true, errorCount: 12, warningCount: 3 } })).toMatch(/has 12 errors\. Correct them/);
  });

  it("waits for the duplicate check and blocks a duplicate", () => {
    expect(uploadBlockedReason({ ...clean, duplicates: { state: "loading" } })).toMatch(/Checking/);
    expect(uploadBlockedReason({ ...clean, duplicates: { state: "done", count: 1 } })).toMatch(/already been uploaded/);
  });

  it("leaves duplicates to the server when the pre-check failed", () => {
    expect(uploadBlockedReason({ ...clean, duplicates: { state: "error" } })).toBeNull();
  });

  it("blocks a file the server has refused", () => {
    expect(uploadBlockedReason({ ...clean, refusedByServer: true })).toMatch(/server refused this file/);
  });

  it("needs the warnings acknowledged", () => {
    const warned = { ...clean, report: { blocking: false, errorCount: 0, warningCount: 2 } };
    expect(uploadBlockedReason(warned)).toMatch(/Tick the confirmation/);
    expect(uploadBlockedReason({ ...warned, acknowledged: true })).toBeNull();
  });
});
