import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { validateInWorker } from "./validate-in-worker";
import type { ValidationReport } from "./validation-report";

class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  posted: unknown[] = [];
  terminated = false;
  constructor(readonly url: URL, readonly options: WorkerOptions) {
    FakeWorker.all.push(this);
  }
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data } as MessageEvent);
  }
}

const file = new File(["x"], "customers.csv");
const report = { sha256: "", rows: 1, blocking: false } as unknown as ValidationReport;
const workers = () => {
  const validator = FakeWorker.all.find((w) => w.url.pathname.endsWith("/validation.worker.ts"))!;
  const hasher = FakeWorker.all.find((w) => w.url.pathname.endsWith("/hash.worker.ts"));
  return { validator, hasher };
};

beforeEach(() => {
  FakeWorker.all = [];
  vi.stubGlobal("Worker", FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe("validateInWorker", () => {
  it("runs validation and hashing in two module workers and merges the hash", async () => {
    const progress: number[] = [];
    const pending = validateInWorker(file, { today: "2026-03-12", onProgress: (bytes) => progress.push(bytes) });
    const { validator, hasher } = workers();
    expect(validator.options).toEqual({ type: "module" });
    expect(validator.posted).toEqual([{ file, today: "2026-03-12", hash: false }]);
    expect(hasher?.posted).toEqual([{ file }]);
    validator.reply({ type: "progress", bytes: 10, total: 20 });
    validator.reply({ type: "done", report });
    hasher!.reply({ type: "done", sha256: "ab".repeat(32) });
    await expect(pending).resolves.toEqual({ ...report, sha256: "ab".repeat(32) });
    expect(progress).toEqual([10]);
    expect(validator.terminated && hasher!.terminated).toBe(true);
  });

  it("hashes in the validation worker when parallel hashing is off", async () => {
    const pending = validateInWorker(file, { today: "2026-03-12", parallelHash: false });
    const { validator, hasher } = workers();
    expect(hasher).toBeUndefined();
    expect(validator.posted).toEqual([{ file, today: "2026-03-12", hash: true }]);
    validator.reply({ type: "done", report: { ...report, sha256: "cd" } });
    await expect(pending).resolves.toMatchObject({ sha256: "cd" });
  });

  it("terminates both workers and rejects on abort", async () => {
    const controller = new AbortController();
    const pending = validateInWorker(file, { today: "2026-03-12", signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });

  it("rejects without starting workers when already aborted", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(validateInWorker(file, { today: "2026-03-12", signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(FakeWorker.all).toHaveLength(0);
  });

  it("rejects with the worker's error message", async () => {
    const pending = validateInWorker(file, { today: "2026-03-12" });
    workers().validator.reply({ type: "error", message: "disk gone" });
    await expect(pending).rejects.toThrow("Validation failed: disk gone");
    expect(FakeWorker.all.every((w) => w.terminated)).toBe(true);
  });
});
