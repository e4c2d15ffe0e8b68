import { describe, expect, it } from "vitest";
import { DuplicateKeys } from "./duplicate-keys";
import { LineSet } from "./line-set";

const repeats = (keys: DuplicateKeys) => {
  const out: [number, number, number][] = [];
  keys.forEachRepeat((line, first, key) => out.push([line, first, key]));
  return out.sort((a, b) => a[0] - b[0]);
};

describe("DuplicateKeys", () => {
  it("reports every repeat after the first occurrence, in file order", () => {
    const keys = new DuplicateKeys();
    [[784300000001855, 2], [784300000001715, 3], [784300000001855, 4], [1, 5], [784300000001855, 6], [1, 7]].forEach(([k, l]) => keys.add(k!, l!));
    expect(repeats(keys)).toEqual([[4, 2, 784300000001855], [6, 2, 784300000001855], [7, 5, 1]]);
  });

  it("finds nothing in distinct keys, sorted or not, across growth", () => {
    const sorted = new DuplicateKeys();
    const shuffled = new DuplicateKeys();
    for (let i = 0; i < 100_000; i++) {
      sorted.add(i, i + 2);
      shuffled.add((i * 7919) % 100_003, i + 2);
    }
    expect(repeats(sorted)).toEqual([]);
    expect(repeats(shuffled)).toEqual([]);
  });

  it("finds repeats spread over many buckets", () => {
    const keys = new DuplicateKeys();
    for (let i = 0; i < 50_000; i++) keys.add(784_000_000_000_000 + ((i * 7919) % 50_000), i + 2);
    for (let i = 0; i < 50_000; i += 1000) keys.add(784_000_000_000_000 + i, 60_000 + i);
    const found = repeats(keys);
    expect(found).toHaveLength(50);
    for (const [line, first, key] of found) {
      expect(line).toBe(60_000 + (key - 784_000_000_000_000));
      expect((first - 2) * 7919 % 50_000).toBe(key - 784_000_000_000_000);
    }
  });

  it("treats equal neighbours in a sorted run as repeats", () => {
    const keys = new DuplicateKeys();
    [1, 2, 2, 3].forEach((k, i) => keys.add(k, i + 2));
    expect(repeats(keys)).toEqual([[4, 3, 2]]);
  });
});

describe("LineSet", () => {
  it("remembers lines across growth", () => {
    const set = new LineSet();
    set.add(3);
    set.add(1_000_000);
    expect(set.has(3)).toBe(true);
    expect(set.has(4)).toBe(false);
    expect(set.has(1_000_000)).toBe(true);
    expect(set.has(5_000_000)).toBe(false);
  });
});
