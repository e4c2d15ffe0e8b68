import { AppError } from "./errors";

/** The largest JSON body any portal route accepts; file bytes travel through tus, never here. */
export const JSON_BODY_MAX_BYTES = 64 * 1024;

export const payloadTooLarge = (maxBytes: number) =>
  new AppError(413, "PAYLOAD_TOO_LARGE", `The request body is larger than ${maxBytes} bytes.`);

/**
 * A request's body as text, refused with 413 as soon as it passes `maxBytes`: a declared
 * Content-Length over the limit is refused before a byte is read, and a body sent without
 * one (chunked) is counted as it streams, so an oversized body is never held in memory.
 */
export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  refuseDeclaredOversize(request, maxBytes);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw payloadTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** For routes that take no body: a declared oversized one is still refused unread. */
export function refuseDeclaredOversize(request: Request, maxBytes: number): void {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes) throw payloadTooLarge(maxBytes);
}
