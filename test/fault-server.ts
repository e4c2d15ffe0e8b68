// A real local HTTP server for the client's tests, with scriptable faults. Test-only.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { allowTestHost } from "./allow-test-host";

export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** `index` counts requests from 0, so a handler can fail first and succeed later. */
export type FaultHandler = (res: http.ServerResponse, seen: SeenRequest, index: number) => void;

export interface FaultServer {
  baseUrl: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startFaultServer(handler: FaultHandler): Promise<FaultServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
      seen.push(request);
      handler(res, request, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const disallow = allowTestHost(baseUrl);
  return {
    baseUrl,
    seen,
    close: async () => {
      disallow();
      // Hanging handlers never answer; drop their sockets so close() can finish.
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

export function sendRaw(res: http.ServerResponse, status: number, text: string, contentType: string): void {
  res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(text) });
  res.end(text);
}

/** Headers and half a body, then the connection is cut. */
export function resetMidResponse(res: http.ServerResponse): void {
  res.writeHead(200, { "content-type": "application/json", "content-length": "500" });
  res.write('{"data": {"status": "PEND', () => setTimeout(() => res.socket?.destroy(), 5));
}

/**
 * A URL on which nothing listens: the port was bound and released. It stays allow-listed for
 * the rest of the test file, so a call reaches the closed port instead of being refused first.
 */
export async function closedPortUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  const url = `http://127.0.0.1:${port}`;
  allowTestHost(url);
  return url;
}
