import { multipartBoundary, multipartFileBytes } from "@/lib/sandbox/upload/multipart-file";
import { invalidRequest } from "./api-error";

async function* streamBytes(body: ReadableStream<Uint8Array> | null): AsyncGenerator<Uint8Array> {
  if (!body) return;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      if (value.length) yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The uploaded file's bytes, streamed: the raw body, or the multipart field `file`. */
export function uploadBytes(request: Request): AsyncIterable<Uint8Array> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) return streamBytes(request.body);
  const boundary = multipartBoundary(type);
  if (!boundary) throw invalidRequest("multipart/form-data without a boundary", "Content-Type");
  return multipartFileBytes(streamBytes(request.body), boundary);
}
