import { describe, expect, it } from "vitest";
import { sniffContainer } from "./sniff-container";
import { HEADER, utf8 } from "./test-support";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf16le = (s: string) => new Uint8Array(Uint16Array.from(s, (c) => c.charCodeAt(0)).buffer);

describe("sniffContainer", () => {
  it.each([
    ["xlsx (zip)", bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), "FILE_XLSX"],
    ["empty zip", bytes(0x50, 0x4b, 0x05, 0x06, 0, 0), "FILE_XLSX"],
    ["xls (OLE2)", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), "FILE_XLS"],
    ["gzip", bytes(0x1f, 0x8b, 0x08, 0x00), "FILE_GZIP"],
    ["pdf", utf8("%PDF-1.7\n%âãÏÓ"), "FILE_PDF"],
    ["html", utf8("<!DOCTYPE html><html><body><table>"), "FILE_HTML"],
    ["html after whitespace", utf8("\r\n  <html>"), "FILE_HTML"],
    ["xml spreadsheet", utf8('<?xml version="1.0"?><Workbook>'), "FILE_HTML"],
    ["utf-16 LE BOM", bytes(0xff, 0xfe, 0x63, 0x00), "ENCODING_UTF16"],
    ["utf-16 BE BOM", bytes(0xfe, 0xff, 0x00, 0x63), "ENCODING_UTF16"],
    ["utf-16 LE without BOM", utf16le(HEADER), "ENCODING_UTF16"],
    ["binary with NULs", bytes(0x63, 0x00, 0x00, 0x07, 0x41, 0x42, 0x00, 0x43, 0x44, 0x45, 0x46, 0x00), "FILE_BINARY"],
    ["empty", bytes(), "EMPTY_FILE"],
  ])("%s → %s", (_name, head, code) => {
    expect(sniffContainer(head).fatal?.code).toBe(code);
  });

  it("reports a UTF-8 BOM as non-fatal", () => {
    const result = sniffContainer(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(HEADER)]));
    expect(result).toEqual({ bom: true });
  });

  it("passes a plain CSV header", () => {
    expect(sniffContainer(utf8(HEADER))).toEqual({ bom: false });
  });

  it("shows the first bytes as hex in the value", () => {
    expect(sniffContainer(bytes(0x50, 0x4b, 0x03, 0x04)).fatal?.value).toBe("50 4B 03 04");
  });
});
