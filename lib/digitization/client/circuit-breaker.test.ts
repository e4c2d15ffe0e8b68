import { beforeEach, describe, expect, it } from "vitest";
import { resetCircuits, throughBreaker } from "./circuit-breaker";
import { DigitizationError } from "./errors";

const down = () => Promise.reject(new DigitizationError("upstream_unavailable", "down"));
const notFound = () => Promise.reject(new DigitizationError("not_found", "no batch"));

describe("circuit breaker", () => {
  let clock = 0;
  const now = () => clock;
  beforeEach(() => {
    resetCircuits();
    clock = 1_000;
  });

  it("opens after five consecutive failures and then fails fast without calling", async () => {
    for (let i = 0; i < 5; i++) await expect(throughBreaker("a", down, now)).rejects.toThrow("down");
    let called = false;
    await expect(throughBreaker("a", async () => { called = true; }, now)).rejects.toThrow(/paused/);
    expect(called).toBe(false);
  });

  it("lets one trial through after the pause and closes on success", async () => {
    for (let i = 0; i < 5; i++) await expect(throughBreaker("a", down, now)).rejects.toThrow();
    clock += 30_001;
    await expect(throughBreaker("a", async () => "ok", now)).resolves.toBe("ok");
    await expect(throughBreaker("a", async () => "again", now)).resolves.toBe("again");
  });

  it("re-opens when the trial fails", async () => {
    for (let i = 0; i < 5; i++) await expect(throughBreaker("a", down, now)).rejects.toThrow();
    clock += 30_001;
    await expect(throughBreaker("a", down, now)).rejects.toThrow("down");
    await expect(throughBreaker("a", async () => "x", now)).rejects.toThrow(/paused/);
  });

  it("does not count answers that are not outages, and keeps origins apart", async () => {
    for (let i = 0; i < 10; i++) await expect(throughBreaker("a", notFound, now)).rejects.toThrow("no batch");
    for (let i = 0; i < 5; i++) await expect(throughBreaker("b", down, now)).rejects.toThrow();
    await expect(throughBreaker("a", async () => "fine", now)).resolves.toBe("fine");
  });
});
