/** A growable bit set of line numbers (125 KB per million lines): which rows already had an error. */
export class LineSet {
  private bits = new Uint8Array(1 << 14);

  add(line: number): void {
    const byte = line >>> 3;
    if (byte >= this.bits.length) {
      let size = this.bits.length * 2;
      while (size <= byte) size *= 2;
      const bits = new Uint8Array(size);
      bits.set(this.bits);
      this.bits = bits;
    }
    this.bits[byte] = this.bits[byte]! | (1 << (line & 7));
  }

  has(line: number): boolean {
    return ((this.bits[line >>> 3] ?? 0) & (1 << (line & 7))) !== 0;
  }
}
