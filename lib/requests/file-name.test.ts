import { describe, expect, it } from "vitest";
import { createRequestBody, fileNameSchema } from "./contracts";

const declare = (fileName: string) => createRequestBody.safeParse({ fileName, fileSize: 10, sha256: "a".repeat(64) });
const messageOf = (fileName: string) => {
  const result = fileNameSchema.safeParse(fileName);
  return result.success ? null : result.error.issues.map((i) => i.message).join("; ");
};

describe("file names a request is declared with", () => {
  it("are stored in NFC, so the same name from two systems is one string", () => {
    const decomposed = "re\u0301sume\u0301.csv"; // "résumé" as macOS file systems spell it
    const parsed = declare(decomposed);
    expect(parsed.success && parsed.data.fileName).toBe("r\u00e9sum\u00e9.csv");
  });

  it("keep ordinary names, Arabic included", () => {
    for (const name of ["customers 2024 (final).csv", "ملف العملاء.csv", "a&b's file.csv"]) expect(messageOf(name)).toBeNull();
  });

  it.each([
    ["a line break", "evil\n.csv"],
    ["a trailing line break", "evil.csv\r\n"],
    ["a tab", "a\tb.csv"],
    ["NUL", "a\u0000.csv"],
    ["DEL", "a\u007f.csv"],
    ["a C1 control (NEL)", "a\u0085.csv"],
    ["the Unicode line separator", "a\u2028.csv"],
    ["right-to-left override", "invoice\u202Evsc.exe"],
    ["left-to-right embedding", "\u202Aa.csv"],
    ["first strong isolate", "a\u2068.csv"],
    ["right-to-left mark", "a\u200F.csv"],
    ["Arabic letter mark", "a\u061C.csv"],
    ["a lone surrogate", "a\ud800.csv"],
  ])("refuse %s with a clear message", (_what, name) => {
    expect(messageOf(name)).toBe("must not contain control characters, line breaks or text-direction marks");
    expect(declare(name).success).toBe(false);
  });

  it("refuse HTML brackets", () => {
    expect(messageOf("<img src=x onerror=alert(1)>.csv")).toBe("must not contain < or >");
  });

  it("are limited to 255 characters and may not be blank", () => {
    expect(messageOf(`${"a".repeat(251)}.csv`)).toBeNull();
    expect(messageOf(`${"a".repeat(252)}.csv`)).not.toBeNull();
    expect(messageOf("   ")).not.toBeNull();
  });
});
