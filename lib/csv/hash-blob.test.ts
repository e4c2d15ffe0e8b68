import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashBlob } from "./hash-blob";

describe("hashBlob", () => {
  it("matches node:crypto over a multi-chunk blob", async () => {
    const bytes = new Uint8Array(300_000).map((_, i) => (i * 31) & 0xff);
    expect(await hashBlob(new Blob([bytes]))).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("hashes the empty blob", async () => {
    expect(await hashBlob(new Blob([]))).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  });
});
