import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";

// A static page on loopback: the page script and the workers, bundled by esbuild from the same
// sources Next.js bundles. validate-in-worker.ts and open-correction-session.ts ask for
// "./validation.worker.ts" (…) relative to the page script, so the bundles are served under those names.
const ENTRIES = {
  "page.js": "bench/b1-browser/page.ts",
  "validation.worker.ts": "lib/csv/validation.worker.ts",
  "hash.worker.ts": "lib/csv/hash.worker.ts",
  "correction.worker.ts": "lib/csv/correction/correction.worker.ts",
  "baseline.worker.js": "bench/b1-browser/baseline.worker.ts",
};

const HTML = `<!doctype html><html><head><meta charset="utf-8"><title>validator bench</title></head>
<body><input id="file" type="file" accept=".csv"><progress id="progress" max="1" value="0"></progress>
<script type="module" src="/page.js"></script></body></html>`;

export type Harness = { url: string; close(): Promise<void> };

export async function startHarness(): Promise<Harness> {
  const files = new Map<string, string>([["/", HTML]]);
  for (const [name, entry] of Object.entries(ENTRIES)) {
    const out = await build({ entryPoints: [entry], bundle: true, format: "esm", platform: "browser", target: "chrome120", minify: true, write: false, logLevel: "error" });
    files.set(`/${name}`, out.outputFiles[0]!.text);
  }
  const server: Server = createServer((req, res) => {
    const body = files.get(new URL(req.url ?? "/", "http://x").pathname);
    if (body === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": req.url === "/" ? "text/html" : "text/javascript", "cache-control": "no-store" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
