import { describe, expect, it } from "vitest";
import { findInvalidUtf8, incompleteTailLength } from "./find-invalid-utf8";
import { utf8 } from "./test-support";

describe("findInvalidUtf8", () => {
  it("passes valid text including Arabic and 4-byte characters", () => {
    expect(findInvalidUtf8(utf8("abc محمد 😀"), true)).toBe(-1);
  });

  it("finds Windows-1256 bytes, overlongs, surrogates and stray continuations", () => {
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xe3, 0xcd, 0xe3, 0xcf]), true)).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xc0, 0xaf]), true)).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x61, 0xed, 0xa0, 0x80]), true)).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0x61, 0x80]), true)).toBe(1);
  });

  it("treats a cut-off sequence as invalid only at the end of the file", () => {
    const cut = utf8("aم").subarray(0, 2);
    expect(findInvalidUtf8(cut, false)).toBe(-1);
    expect(findInvalidUtf8(cut, true)).toBe(1);
  });

  it("measures an unfinished tail", () => {
    expect(incompleteTailLength(utf8("abc"))).toBe(0);
    expect(incompleteTailLength(utf8("aم").subarray(0, 2))).toBe(1);
    expect(incompleteTailLength(utf8("a😀").subarray(0, 4))).toBe(3);
    expect(incompleteTailLength(utf8("aم"))).toBe(0);
  });
});
