import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { allowTestHost } from "./allow-test-host";

/** What the stand-in does with one submit call. */
export type Fault = "ok" | "hang" | "drip" | "reset" | "500" | "503" | "429" | "html" | "truncated" | "unknown-status" | "lost-answer" | "401" | "422";

/**
 * A stand-in for the Digitization API's submit endpoint that injects the faults the real one
 * is known for. Batches are keyed by Idempotency-Key as the real service does, so tests can
 * count how many batches a request really produced. It allow-lists its own 127.0.0.1:<port>
 * (DIGITIZATION_ALLOWED_HOSTS) while it runs, as an operator would list the real API.
 */
export async function startFakeDigitizationApi(script: Fault[]) {
  const batches = new Map<string, string>();
  let calls = 0;
  const server = createServer(async (req, res) => {
    const fault = script[Math.min(calls, script.length - 1)] ?? "ok";
    calls += 1;
    await drain(req);
    handle(fault, req, res, batches);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const disallow = allowTestHost(baseUrl);
  return {
    baseUrl,
    calls: () => calls,
    batchesCreated: () => new Set(batches.values()).size,
    close: () => new Promise<void>((resolve) => { disallow(); server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

async function drain(req: IncomingMessage) {
  for await (const _ of req) void _;
}

function batchFor(req: IncomingMessage, batches: Map<string, string>) {
  const key = String(req.headers["idempotency-key"]);
  const existing = batches.get(key);
  const id = existing ?? randomUUID();
  batches.set(key, id);
  return { id, repeat: Boolean(existing) };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}

function handle(fault: Fault, req: IncomingMessage, res: ServerResponse, batches: Map<string, string>) {
  const created = (status: string) => {
    const { id, repeat } = batchFor(req, batches);
    json(res, repeat ? 200 : 201, { data: { batch_id: id, status }, message: "Batch created", success: true });
  };
  switch (fault) {
    case "ok": return created("PENDING");
    case "unknown-status": return created("QUEUED_FOR_REVIEW");
    case "hang": return; // never answers; the client's timeout must fire
    case "drip": res.writeHead(201, { "content-type": "application/json" }); res.write('{"data":'); return; // starts, never finishes
    case "reset": return req.socket.destroy();
    case "lost-answer": batchFor(req, batches); return req.socket.destroy(); // accepted, answer lost
    case "500": return json(res, 500, { message: "internal error" });
    case "503": return json(res, 503, { message: "unavailable" });
    case "429": return json(res, 429, { message: "rate limit" }, { "retry-after": "1" });
    case "html": return void res.writeHead(200, { "content-type": "text/html" }).end("<html><body>Gateway</body></html>");
    case "truncated": return void res.writeHead(201, { "content-type": "application/json" }).end('{"data":{"batch_id":"');
    case "401": return json(res, 401, { code: "0000000200", message: "Invalid Authorization", parameter: "" });
    case "422": return json(res, 422, { code: "CONTENT_SHA256_MISMATCH", message: "x-content-sha256 does not match", parameter: "" });
  }
}
