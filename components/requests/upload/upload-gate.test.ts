import { describe, expect, it } from "vitest";
import type { Issue } from "@/lib/csv/issue";
import { uploadBlock, type GateInput } from "./upload-gate";

const clean: GateInput = { report: { blocking: false, errorCount: 0, warningCount: 0 }, duplicates: { state: "done", count: 0 }, acknowledged: false };
const fileError = { code: "BOM" } as Issue;

describe("uploadBlock", () => {
  it("allows a clean, new file", () => expect(uploadBlock(clean)).toBeNull());

  it("blocks a file-level problem first", () => {
    expect(uploadBlock({ ...clean, report: { blocking: true, errorCount: 1, warningCount: 0, fileError } })?.key).toBe("blockedUnreadable");
  });

  it("blocks errors and says how many", () => {
    expect(uploadBlock({ ...clean, report: { blocking: true, errorCount: 1, warningCount: 0 } })).toEqual({ key: "blockedErrors", count: 1 });
    expect(uploadBlock({ ...clean, report: { blocking: true, errorCount: 12, warningCount: 3 } })).toEqual({ key: "blockedErrors", count: 12 });
  });

  it("waits for the duplicate check and blocks a duplicate", () => {
    expect(uploadBlock({ ...clean, duplicates: { state: "loading" } })?.key).toBe("checkingDuplicates");
    expect(uploadBlock({ ...clean, duplicates: { state: "done", count: 1 } })?.key).toBe("blockedDuplicate");
  });

  it("leaves duplicates to the server when the pre-check failed", () => {
    expect(uploadBlock({ ...clean, duplicates: { state: "error" } })).toBeNull();
  });

  it("blocks a file the server has refused", () => {
    expect(uploadBlock({ ...clean, refusedByServer: true })?.key).toBe("blockedRefused");
  });

  it("needs the warnings acknowledged", () => {
    const warned = { ...clean, report: { blocking: false, errorCount: 0, warningCount: 2 } };
    expect(uploadBlock(warned)?.key).toBe("tickToEnable");
    expect(uploadBlock({ ...warned, acknowledged: true })).toBeNull();
  });
});
