import { describe, expect, it } from "vitest";
import { runValidationJob } from "./run-validation-job";
import { TODAY, csv, rows } from "./test-support";
import type { ValidationWorkerMessage } from "./worker-protocol";

async function run(file: Blob, clock: number[] = [], hash?: boolean) {
  const messages: ValidationWorkerMessage[] = [];
  let tick = 0;
  await runValidationJob({ file, today: TODAY, hash }, (m) => messages.push(m), () => clock[Math.min(tick++, clock.length - 1)] ?? 0);
  return messages;
}

describe("runValidationJob (the worker body)", () => {
  it("streams a File and posts done with the report", async () => {
    const file = new File([csv(...rows(3))], "customers.csv", { type: "text/csv" });
    const messages = await run(file);
    const done = messages.at(-1);
    expect(done?.type).toBe("done");
    if (done?.type === "done") expect(done.report).toMatchObject({ rows: 3, validRows: 3, bytes: file.size, blocking: false });
    expect(messages.at(-2)).toEqual({ type: "progress", bytes: file.size, total: file.size });
  });

  it("throttles progress to one message per 100 ms", async () => {
    const big = new Blob([csv(...rows(20_000))]);
    // Every chunk arrives 30 ms after the previous: only every 4th may post.
    const clock = Array.from({ length: 1000 }, (_, i) => i * 30);
    const progress = (await run(big, clock)).filter((m) => m.type === "progress");
    const chunks = Math.ceil(big.size / 65536);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(chunks / 3) + 1);
  });

  it("leaves sha256 empty when hashing runs elsewhere", async () => {
    const done = (await run(new Blob([csv(...rows(1))]), [], false)).at(-1);
    expect(done?.type === "done" && done.report.sha256).toBe("");
  });

  it("posts an error instead of throwing", async () => {
    const broken = { size: 1, stream: () => { throw new Error("disk gone"); } } as unknown as Blob;
    expect(await run(broken)).toEqual([{ type: "error", message: "disk gone" }]);
  });
});
