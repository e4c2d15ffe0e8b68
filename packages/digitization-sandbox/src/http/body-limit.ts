import { SandboxApiError } from "./api-error";

// Every sandbox endpoint has a body limit. A declared Content-Length over it is refused before
// one byte is read; a body without one (chunked) is counted as it streams and refused as soon
// as it passes the limit, so a 30 MB body to a small JSON endpoint is never read whole.

export const tooLarge = (maxBytes: number) =>
  new SandboxApiError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes`, "body");

/** 413 when the request announces a body over `maxBytes`. */
export function refuseDeclaredOverLimit(request: Request, maxBytes: number): void {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) throw tooLarge(maxBytes);
}

/**
 * The body's chunks as they arrive, throwing 413 once more than `maxBytes` came in. The source
 * is released, not cancelled: cancelling a node:http request would destroy its socket and with
 * it the 413 answer.
 */
export async function* limitedBody(body: ReadableStream<Uint8Array> | null, maxBytes: number): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      received += value.length;
      if (received > maxBytes) throw tooLarge(maxBytes);
      if (value.length) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The whole body as UTF-8 text, for small JSON bodies only. */
export async function readLimitedText(request: Request, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of limitedBody(request.body, maxBytes)) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}
