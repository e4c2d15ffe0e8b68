/**
 * Finds the first byte that breaks UTF-8 (WHATWG rules: no overlongs, surrogates or values
 * above U+10FFFF). TextDecoder only says "invalid"; this runs once, after it has thrown, so the
 * report can point at the byte and line. An incomplete sequence at the end counts only if `final`.
 */
export function findInvalidUtf8(b: Uint8Array, final: boolean): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lo = 0xa0;
      if (x === 0xed) hi = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lo = 0x90;
      if (x === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return final ? i : -1;
      const c = b[i + k]!;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Length of an unfinished multi-byte sequence at the end of a chunk (0-3 bytes). */
export function incompleteTailLength(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const x = b[b.length - back]!;
    if (x < 0x80) return 0;
    if (x >= 0xc0) {
      const len = x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2;
      return len > back ? back : 0;
    }
  }
  return 0;
}
