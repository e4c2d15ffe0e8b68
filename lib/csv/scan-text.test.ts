import { describe, expect, it } from "vitest";
import { TEXT_BIDI, TEXT_CONTROL, TEXT_FORMULA, TEXT_INVISIBLE, TEXT_MARKUP, TEXT_SPACES, describeHiddenChars, scanText } from "./scan-text";

describe("scanText", () => {
  it("passes Latin and Arabic names, apostrophes, hyphens and dots", () => {
    for (const name of ["Kartik Naik", "محمد عبدالله المنصوري", "Seán O'Brien", "Anne-Marie St. John", "José Ñúñez", "a < b", "Naik, Kartik"]) {
      expect(scanText(name), name).toBe(0);
    }
  });

  it.each([
    ["=1+1", TEXT_FORMULA],
    ["+971501234567", TEXT_FORMULA],
    ["-2+3", TEXT_FORMULA],
    ["@SUM(A1)", TEXT_FORMULA],
    ["\tKartik", TEXT_FORMULA],
    ["\rKartik", TEXT_FORMULA],
    ["Kartik\nNaik", TEXT_CONTROL],
    ["Kartik\u0007", TEXT_CONTROL],
    ["Kartik\u0085", TEXT_CONTROL],
    ["Kar\u200Btik", TEXT_INVISIBLE],
    ["\uFEFFKartik", TEXT_INVISIBLE],
    ["Kartik\u2060", TEXT_INVISIBLE],
    ["Kartik\u202Egnp.exe", TEXT_BIDI],
    ["Kartik\u200F", TEXT_BIDI],
    ["\u2066Kartik\u2069", TEXT_BIDI],
    ["محمد\u061C", TEXT_BIDI],
    ["<script>alert(1)</script>", TEXT_MARKUP],
    ["Kartik <b>Naik</b>", TEXT_MARKUP],
    ["<img src=x onerror=alert(1)>", TEXT_MARKUP],
    ["<!-- x -->", TEXT_MARKUP],
    [" Kartik", TEXT_SPACES],
    ["Kartik\u00A0", TEXT_SPACES],
  ])("%j is flagged", (value, flag) => {
    expect(scanText(value) & flag).toBe(flag);
  });

  it("reports a leading tab as a formula, not also as a control character", () => {
    expect(scanText("\tKartik")).toBe(TEXT_FORMULA);
  });

  it("names hidden characters by code point", () => {
    expect(describeHiddenChars("a\u202Eb\u200Bc")).toBe("U+202E, U+200B");
  });
});
