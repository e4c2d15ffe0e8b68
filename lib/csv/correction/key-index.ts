import { fmix32, randomSeed } from "../duplicate-keys";

/** A key as the row validator reports it: a number (Emirates ID, numeric or coded customer_id) or a customer_id's text. */
export type Key = number | string;

/**
 * Who holds each key (Emirates ID, customer_id) across the whole file, kept right while rows
 * are edited and excluded. Every row counts (a compact hash table, ~24 bytes a key); only rows
 * to fix are named. As in the file check, the first holder owns a key and every later one is a
 * repeat; when the owner leaves (edited or excluded), the earliest repeat takes over and stops
 * being one. A row edited into a key someone holds becomes a repeat, whatever its line.
 */
export class KeyIndex {
  private readonly numbers = new NumberCounts();
  private readonly texts = new Map<string, number>();
  /** Per key with repeats: the rows to fix that repeat it, as indexes in file order. */
  private readonly repeats = new Map<Key, number[]>();

  /** Sizes the table for about this many keys at once, so a large file is not rehashed ten times. */
  reserve(keys: number): void {
    this.numbers.reserve(keys);
  }

  /** Counts a holder that is not a row to fix (the pass); true when the key was already held. */
  count(key: Key): boolean {
    return this.add(key, 1) > 1;
  }

  /** A row to fix takes the key; true when it is a repeat. */
  acquire(key: Key, row: number): boolean {
    if (this.add(key, 1) === 1) return false;
    this.noteRepeat(key, row);
    return true;
  }

  /** Names a row to fix as a repeat of a key already counted (the pass keeps a row after counting its keys). */
  noteRepeat(key: Key, row: number): void {
    const rows = this.repeats.get(key);
    if (rows) rows.push(row);
    else this.repeats.set(key, [row]);
  }

  /** The row that would stop being a repeat if `row` gave the key up (it owns it), or -1. */
  heir(key: Key, row: number): number {
    const rows = this.repeats.get(key);
    if (!rows || rows.includes(row)) return -1;
    // The earliest repeat in the file takes over, as if the owner had never been there.
    return Math.min(...rows);
  }

  /** A row to fix gives the key up; its heir (see heir()) stops being a repeat. */
  release(key: Key, row: number): void {
    this.add(key, -1);
    const rows = this.repeats.get(key);
    if (!rows) return;
    const heir = this.heir(key, row);
    rows.splice(rows.indexOf(heir === -1 ? row : heir), 1);
    if (rows.length === 0) this.repeats.delete(key);
  }

  isRepeat(key: Key, row: number): boolean {
    return this.repeats.get(key)?.includes(row) ?? false;
  }

  private add(key: Key, delta: number): number {
    if (typeof key === "number") return this.numbers.add(key, delta);
    const n = (this.texts.get(key) ?? 0) + delta;
    this.texts.set(key, n);
    return n;
  }
}

/**
 * Open addressing over typed arrays: a JS Map of a million numbers costs ~4x the memory. Keys
 * are any doubles (customer codes are stored negated); a used-flag marks the occupied slots.
 */
class NumberCounts {
  private keys = new Float64Array(1 << 12);
  private counts = new Int32Array(1 << 12);
  private used = new Uint8Array(1 << 12);
  private size = 0;
  private readonly seed = randomSeed();

  reserve(keys: number): void {
    let slots = this.keys.length;
    while (slots < keys * 2) slots *= 2;
    if (slots > this.keys.length) this.grow(slots);
  }

  /** Adds delta to the key's count and returns the new count. */
  add(key: number, delta: number): number {
    if (this.size * 2 >= this.keys.length) this.grow(this.keys.length * 2);
    const slot = this.slotOf(key);
    if (!this.used[slot]) {
      this.used[slot] = 1;
      this.keys[slot] = key;
      this.size++;
    }
    const n = this.counts[slot]! + delta;
    this.counts[slot] = n;
    return n;
  }

  private slotOf(key: number): number {
    const mask = this.keys.length - 1;
    const high = Math.floor(key / 4294967296) >>> 0;
    let slot = fmix32(fmix32((key >>> 0) ^ this.seed) ^ high) & mask;
    while (this.used[slot] && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  /** Rehashes into `slots` slots at once: every large typed array allocated can cost a garbage collection. */
  private grow(slots: number): void {
    const { keys, counts, used } = this;
    this.keys = new Float64Array(slots);
    this.counts = new Int32Array(slots);
    this.used = new Uint8Array(slots);
    for (let i = 0; i < keys.length; i++) {
      if (!used[i]) continue;
      const slot = this.slotOf(keys[i]!);
      this.used[slot] = 1;
      this.keys[slot] = keys[i]!;
      this.counts[slot] = counts[i]!;
    }
  }
}
