// Fault injection against a real local HTTP server: what is retried, what is not, and what
// each failure becomes. Sleep and random are injected, so no test waits for real backoff.
import { afterEach, describe, expect, it } from "vitest";
import { beforeEach } from "vitest";
import { DigitizationError } from "./errors";
import { getBatchStatus } from "./get-batch-status";
import { backoffDelayMs, DEFAULT_RETRY_POLICY, parseRetryAfterMs, resetCircuits, retryDelayMs, throughBreaker, type RetryPolicy, type TransportOptions } from "./transport";
import { submitBatch } from "./submit-batch";
import { API_KEY, BATCH_ID, ERROR_BODIES, guideStatus } from "@/test/digitization-fixtures";
import {
  closedPortUrl,
  resetMidResponse,
  sendJson,
  sendRaw,
  startFaultServer,
  type FaultHandler,
  type FaultServer,
} from "@/test/fault-server";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: FaultHandler): Promise<FaultServer> {
  server = await startFaultServer(handler);
  return server;
}

function harness(extra: TransportOptions = {}) {
  const sleeps: number[] = [];
  const options: TransportOptions = {
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    timeoutMs: 2_000,
    ...extra,
  };
  return { sleeps, options };
}

async function failure(promise: Promise<unknown>): Promise<DigitizationError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DigitizationError);
  return error as DigitizationError;
}

const status = (baseUrl: string, options: TransportOptions) => getBatchStatus({ baseUrl, apiKey: API_KEY, batchId: BATCH_ID }, options);

describe("retried faults", () => {
  it("gives up on a refused connection with upstream_unavailable after maxAttempts", async () => {
    const { sleeps, options } = harness({ maxAttempts: 3 });
    const e = await failure(status(await closedPortUrl(), options));
    expect(e).toMatchObject({ kind: "upstream_unavailable", attempts: 3, detail: "ECONNREFUSED" });
    expect(e.status).toBeUndefined();
    expect(sleeps).toEqual([125, 250]);
  });

  it("times out a hanging server, per attempt", async () => {
    const s = await serve(() => undefined);
    const { options } = harness({ maxAttempts: 2, timeoutMs: 150 });
    const started = Date.now();
    const e = await failure(status(s.baseUrl, options));
    expect(e).toMatchObject({ kind: "upstream_unavailable", attempts: 2 });
    expect(e.detail).toContain("150 ms");
    expect(s.seen).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("retries a 500 and returns the next success", async () => {
    const s = await serve((res, _req, i) => (i === 0 ? sendJson(res, 500, { message: "boom" }) : sendJson(res, 200, guideStatus)));
    const { sleeps, options } = harness();
    await expect(status(s.baseUrl, options)).resolves.toMatchObject({ status: "in_progress" });
    expect(s.seen).toHaveLength(2);
    expect(sleeps).toEqual([125]);
  });

  it("gives up on 503 forever after exactly maxAttempts, with capped jittered waits", async () => {
    const s = await serve((res) => sendJson(res, 503, { code: "UNAVAILABLE", message: "down" }));
    const { sleeps, options } = harness({ maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300, random: () => 0.999 });
    const e = await failure(status(s.baseUrl, options));
    expect(e).toMatchObject({ kind: "upstream_unavailable", status: 503, code: "UNAVAILABLE", attempts: 5 });
    expect(s.seen).toHaveLength(5);
    expect(sleeps).toEqual([99, 199, 299, 299]);
  });

  it("waits what Retry-After asks on 429, then succeeds", async () => {
    const s = await serve((res, _req, i) =>
      i === 0 ? sendJson(res, 429, { message: "slow down" }, { "retry-after": "1" }) : sendJson(res, 200, guideStatus),
    );
    const { sleeps, options } = harness();
    await expect(status(s.baseUrl, options)).resolves.toMatchObject({ rawStatus: "PROCESSING" });
    expect(sleeps).toEqual([1_000]);
  });

  it("reports rate_limited with the server's ask when 429 persists; caps a long ask", async () => {
    const s = await serve((res) => sendJson(res, 429, { message: "slow down" }, { "retry-after": "120" }));
    const { sleeps, options } = harness({ maxAttempts: 2, maxRetryAfterMs: 3_000 });
    const e = await failure(status(s.baseUrl, options));
    expect(e).toMatchObject({ kind: "rate_limited", status: 429, retryAfterMs: 120_000, attempts: 2 });
    expect(sleeps).toEqual([3_000]);
  });

  it("retries a connection reset mid-response", async () => {
    const s = await serve((res, _req, i) => (i === 0 ? resetMidResponse(res) : sendJson(res, 200, guideStatus)));
    const { options } = harness();
    await expect(status(s.baseUrl, options)).resolves.toMatchObject({ totalRecords: 10 });
    expect(s.seen).toHaveLength(2);
  });

  it("gives up when every response is cut", async () => {
    const s = await serve((res) => resetMidResponse(res));
    const { options } = harness({ maxAttempts: 2 });
    const e = await failure(status(s.baseUrl, options));
    expect(e).toMatchObject({ kind: "upstream_unavailable", attempts: 2 });
    expect(e.detail).toBe("UND_ERR_SOCKET");
    expect(s.seen).toHaveLength(2);
  });

  it("logs retries without the key", async () => {
    const s = await serve((res, _req, i) => (i === 0 ? sendJson(res, 502, {}) : sendJson(res, 200, guideStatus)));
    const lines: unknown[] = [];
    const { options } = harness({ logger: { warn: (details, message) => void lines.push({ details, message }) } });
    await status(s.baseUrl, options);
    expect(lines).toEqual([
      { details: { operation: "getBatchStatus", attempt: 1, waitMs: 125, status: 502 }, message: expect.any(String) },
    ]);
    expect(JSON.stringify(lines)).not.toContain(API_KEY);
  });
});

describe("answers that are not retried", () => {
  it.each([
    ["missing key", ERROR_BODIES.missingKey],
    ["invalid key", ERROR_BODIES.invalidKey],
  ])("401 %s → auth with the API's code", async (_name, body) => {
    const s = await serve((res) => sendJson(res, 401, body));
    const e = await failure(status(s.baseUrl, harness().options));
    expect(e).toMatchObject({ kind: "auth", status: 401, code: body.code, message: "The Digitization API refused the key" });
    expect(s.seen).toHaveLength(1);
  });

  it("404 → not_found with 0701020100", async () => {
    const s = await serve((res) => sendJson(res, 404, ERROR_BODIES.notFound));
    const e = await failure(status(s.baseUrl, harness().options));
    expect(e).toMatchObject({ kind: "not_found", status: 404, code: "0701020100", message: "Batch not found" });
    expect(s.seen).toHaveLength(1);
  });

  it("422 on submit → rejected, exactly one request", async () => {
    const body = { code: "0701030100", message: "x-content-sha256 does not match the received bytes", parameter: "x-content-sha256" };
    const s = await serve((res) => sendJson(res, 422, body));
    const e = await failure(
      submitBatch(
        { baseUrl: s.baseUrl, apiKey: API_KEY, idempotencyKey: "req-1", sha256: "0".repeat(64), body: new TextEncoder().encode("a,b\n") },
        harness().options,
      ),
    );
    // Our words, never the API's: its message is not ours to repeat.
    expect(e).toMatchObject({ kind: "rejected", status: 422, code: body.code, message: "The Digitization API rejected the request (HTTP 422)" });
    expect(JSON.stringify(e)).not.toContain(body.message);
    expect(s.seen).toHaveLength(1);
  });

  it("does not follow a redirect (the key would travel with it)", async () => {
    const elsewhere = await startFaultServer((res) => sendJson(res, 200, guideStatus));
    try {
      const s = await serve((res) => {
        res.writeHead(302, { location: `${elsewhere.baseUrl}/digitization/v1/batch/${BATCH_ID}/status` });
        res.end();
      });
      const e = await failure(status(s.baseUrl, harness().options));
      expect(e).toMatchObject({ kind: "rejected", status: 302 });
      expect(s.seen).toHaveLength(1);
      expect(elsewhere.seen).toHaveLength(0);
    } finally {
      await elsewhere.close();
    }
  });

  it("stops at once when the caller aborts", async () => {
    const s = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const e = await failure(status(s.baseUrl, harness({ signal: controller.signal, timeoutMs: 5_000 }).options));
    expect(e.kind).toBe("aborted");
    expect(s.seen).toHaveLength(1);
  });
});

describe("destinations", () => {
  it("sends nothing to a host that is not allow-listed, and answers as for a closed port", async () => {
    const s = await serve((res) => sendJson(res, 200, guideStatus));
    const notListed = { allowedHosts: ["api.example"], allowHttp: true };
    const refused = await failure(status(s.baseUrl, harness({ destination: notListed }).options));
    expect(refused).toMatchObject({ kind: "upstream_unavailable", detail: "destination refused: host_not_allowed" });
    expect(s.seen).toHaveLength(0);
    const closed = await failure(status(await closedPortUrl(), harness({ maxAttempts: 1 }).options));
    expect([refused.kind, refused.message, refused.status, refused.code]).toEqual([closed.kind, closed.message, closed.status, closed.code]);
  });

  it("reads the allow-list from DIGITIZATION_ALLOWED_HOSTS by default", async () => {
    const s = await serve((res) => sendJson(res, 200, guideStatus));
    await expect(status(s.baseUrl, harness().options)).resolves.toMatchObject({ status: "in_progress" });
    const port = new URL(s.baseUrl).port;
    // The same server under a name that is not listed: the list names hosts, not machines.
    await expect(status(`http://localhost:${port}`, harness().options)).rejects.toMatchObject({ detail: "destination refused: host_not_allowed" });
    expect(s.seen).toHaveLength(1);
  });

  it("refuses plain http outside demo mode", async () => {
    const s = await serve((res) => sendJson(res, 200, guideStatus));
    const production = { allowedHosts: [new URL(s.baseUrl).host], allowHttp: false };
    await expect(status(s.baseUrl, harness({ destination: production }).options)).rejects.toMatchObject({
      kind: "upstream_unavailable",
      detail: "destination refused: http_not_allowed",
    });
    expect(s.seen).toHaveLength(0);
  });
});

describe("unreadable bodies", () => {
  it("HTML on 200 → malformed_response", async () => {
    const s = await serve((res) => sendRaw(res, 200, "<html><body>Gateway login</body></html>", "text/html; charset=utf-8"));
    const e = await failure(status(s.baseUrl, harness().options));
    expect(e).toMatchObject({ kind: "malformed_response", status: 200 });
    expect(e.detail).toContain("text/html");
    expect(s.seen).toHaveLength(1);
  });

  it("HTML on 502 is an outage, retried like any 5xx", async () => {
    const s = await serve((res) => sendRaw(res, 502, "<html>Bad Gateway</html>", "text/html"));
    const e = await failure(status(s.baseUrl, harness({ maxAttempts: 2 }).options));
    expect(e).toMatchObject({ kind: "upstream_unavailable", status: 502 });
    expect(e.code).toBeUndefined();
  });

  it("truncated JSON → malformed_response", async () => {
    const s = await serve((res) => sendRaw(res, 200, '{"data": {"status": "PENDING", "total_re', "application/json"));
    expect(await failure(status(s.baseUrl, harness().options))).toMatchObject({ kind: "malformed_response" });
  });

  it("JSON of the wrong shape → malformed_response", async () => {
    const s = await serve((res) => sendJson(res, 200, [1, 2, 3]));
    expect(await failure(status(s.baseUrl, harness().options))).toMatchObject({ kind: "malformed_response" });
  });

  it("a 401 with an HTML body is still auth, without a code", async () => {
    const s = await serve((res) => sendRaw(res, 401, "<html>Unauthorized</html>", "text/html"));
    const e = await failure(status(s.baseUrl, harness().options));
    expect(e).toMatchObject({ kind: "auth", status: 401 });
    expect(e.code).toBeUndefined();
  });
});

const policy: RetryPolicy = { maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000, maxRetryAfterMs: 5_000 };

describe("backoffDelayMs", () => {
  it("is full jitter over a doubling window, deterministic for a given random", () => {
    expect([1, 2, 3, 4].map((retry) => backoffDelayMs(retry, policy, () => 0.5))).toEqual([50, 100, 200, 400]);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
    expect(backoffDelayMs(3, policy, () => 0.999)).toBe(399);
  });

  it("is capped however many retries", () => {
    expect(backoffDelayMs(5, policy, () => 0.999)).toBe(999);
    expect(backoffDelayMs(80, policy, () => 0.999)).toBe(999);
    expect(backoffDelayMs(3, policy, () => 7)).toBe(400); // a bad random source cannot break the cap
  });

  it("has sane defaults", () => {
    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBeGreaterThan(1);
    expect(backoffDelayMs(99, DEFAULT_RETRY_POLICY, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe("Retry-After", () => {
  const now = Date.parse("2026-03-12T08:00:00Z");

  it("reads seconds and HTTP-dates", () => {
    expect(parseRetryAfterMs("1", now)).toBe(1_000);
    expect(parseRetryAfterMs(" 120 ", now)).toBe(120_000);
    expect(parseRetryAfterMs("Thu, 12 Mar 2026 08:00:03 GMT", now)).toBe(3_000);
    expect(parseRetryAfterMs("Thu, 12 Mar 2026 07:00:00 GMT", now)).toBe(0);
  });

  it("ignores what it cannot read", () => {
    expect([null, "", "soon-ish?", "1.5", "-3"].map((h) => parseRetryAfterMs(h, now))).toEqual([null, null, null, null, null]);
  });

  it("is honoured up to the cap, and replaces backoff when given", () => {
    expect(retryDelayMs(1, 1_000, policy, () => 0.5)).toBe(1_000);
    expect(retryDelayMs(1, 60_000, policy, () => 0.5)).toBe(5_000);
    expect(retryDelayMs(2, null, policy, () => 0.5)).toBe(100);
  });
});

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
