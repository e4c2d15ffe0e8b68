import http from "node:http";
import { Readable } from "node:stream";
import { routeRequest } from "./route-request";
import type { SandboxHandlers } from "./sandbox-handlers";

// The sandbox's fetch-style handlers behind a plain node:http server: the standalone sandbox
// (npm run sandbox) and the client's test suite serve it this way, outside Next.js.
function toRequest(req: http.IncomingMessage): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, v);
  }
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
  return new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, { method: req.method ?? "GET", headers, body, duplex: "half" } as RequestInit);
}

export function createSandboxServer(handlers: SandboxHandlers): http.Server {
  return http.createServer(async (req, res) => {
    try {
      // The brake on wrong keys counts per address: here the socket's peer, never a header.
      const response = await routeRequest(handlers, toRequest(req), req.socket.remoteAddress ?? null);
      const headers = Object.fromEntries(response.headers);
      // An answer given before the body was read (413, 401, 429...) closes the connection, so
      // the rest of the body is never read to make room for a next request.
      if (!req.complete) headers.connection = "close";
      res.writeHead(response.status, headers);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch {
      // Handlers answer their own errors; this is only a request the adapter could not build.
      if (!res.headersSent) res.writeHead(400, { "Content-Type": "application/json" });
      res.end(JSON.stringify({ code: "INVALID_REQUEST", message: "Malformed HTTP request", parameter: "" }));
    }
  });
}
