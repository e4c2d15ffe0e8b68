// The address check at connect time, against a real local server: a name that resolves to a
// loopback (or any non-public) address is refused before a byte is sent, however it resolves,
// unless the allow-listed name is `localhost` itself.
import type { LookupAddress } from "node:dns";
import { afterEach, describe, expect, it } from "vitest";
import { DigitizationError } from "./errors";
import { getBatchStatus } from "./get-batch-status";
import { API_KEY, BATCH_ID, guideStatus } from "@/test/digitization-fixtures";
import { sendJson, startFaultServer, type FaultServer } from "@/test/fault-server";
import { createGuardedAgent, DESTINATION_REFUSED, type Resolve } from "./guarded-agent";

let server: FaultServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A DNS that answers what the test says, for any name. */
const dnsAnswering = (...addresses: string[]): Resolve => async () =>
  addresses.map((address): LookupAddress => ({ address, family: address.includes(":") ? 6 : 4 }));

async function statusVia(name: string, resolve: Resolve) {
  server = await startFaultServer((res) => sendJson(res, 200, guideStatus));
  const port = new URL(server.baseUrl).port;
  const host = `${name}:${port}`;
  const options = { dispatcher: createGuardedAgent(resolve), destination: { allowedHosts: [host], allowHttp: true }, maxAttempts: 2, sleep: async () => undefined };
  return getBatchStatus({ baseUrl: `http://${host}`, apiKey: API_KEY, batchId: BATCH_ID }, options);
}

describe("connect-time address check", () => {
  it.each([
    ["loopback", ["127.0.0.1"]],
    ["IPv6 loopback", ["::1"]],
    ["mapped loopback", ["::ffff:127.0.0.1"]],
    ["a public and a loopback address (rebinding answer)", ["93.184.215.14", "127.0.0.1"]],
  ])("refuses an allow-listed name that resolves to %s, before any request", async (_label, addresses) => {
    const error = await statusVia("digitization.test", dnsAnswering(...addresses)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DigitizationError);
    expect(error).toMatchObject({ kind: "upstream_unavailable", message: "The Digitization API could not be reached", detail: DESTINATION_REFUSED });
    expect(server?.seen).toHaveLength(0);
  });

  it("asks the resolver at every connection, not once before the call", async () => {
    // Nothing is resolved up front, so no earlier answer can be trusted later (DNS rebinding):
    // each attempt's socket resolves again, and each answer is checked.
    let lookups = 0;
    const counting: Resolve = async () => (lookups++, [{ address: "127.0.0.1", family: 4 }]);
    await expect(statusVia("digitization.test", counting)).rejects.toMatchObject({ detail: DESTINATION_REFUSED, attempts: 2 });
    expect(lookups).toBe(2);
    expect(server?.seen).toHaveLength(0);
  });

  it("lets `localhost` reach the loopback when it is the allow-listed name", async () => {
    await expect(statusVia("localhost", dnsAnswering("127.0.0.1"))).resolves.toMatchObject({ status: "in_progress" });
    expect(server?.seen).toHaveLength(1);
  });

  it("refuses `localhost` resolving anywhere but the loopback", async () => {
    await expect(statusVia("localhost", dnsAnswering("10.0.0.5"))).rejects.toMatchObject({ detail: DESTINATION_REFUSED });
  });

  it("uses the system resolver and the same check by default", async () => {
    server = await startFaultServer((res) => sendJson(res, 200, guideStatus));
    const port = new URL(server.baseUrl).port;
    const destination = { allowedHosts: [`localhost:${port}`], allowHttp: true };
    await expect(getBatchStatus({ baseUrl: `http://localhost:${port}`, apiKey: API_KEY, batchId: BATCH_ID }, { destination })).resolves.toMatchObject({
      status: "in_progress",
    });
  });
});
