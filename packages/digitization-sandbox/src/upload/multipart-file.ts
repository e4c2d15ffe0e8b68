// Streams the bytes of the multipart/form-data field `file` without buffering the upload:
// only a delimiter-sized tail is held back between chunks. Other fields are skipped.
import { invalidRequest } from "../http/api-error";

const MAX_PART_HEADERS = 16 * 1024;
const HEADERS_END = Buffer.from("\r\n\r\n");

export function multipartBoundary(contentType: string): string | null {
  const match = /;\s*boundary=(?:"([^"]{1,200})"|([^;\s]{1,200}))/i.exec(contentType);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

type State = "preamble" | "boundary" | "headers" | "file" | "skip";

export async function* multipartFileBytes(source: AsyncIterable<Uint8Array>, boundary: string): AsyncGenerator<Uint8Array> {
  // The leading CRLF lets the first boundary (at the very start) match like every later one.
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  const keep = delimiter.length - 1;
  let buf: Buffer = Buffer.from("\r\n");
  let state: State = "preamble";
  for await (const chunk of source) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : Buffer.from(chunk);
    for (;;) {
      if (state === "headers") {
        const end = buf.indexOf(HEADERS_END);
        if (end === -1) {
          if (buf.length > MAX_PART_HEADERS) throw invalidRequest("A multipart part's headers are too long", "file");
          break;
        }
        const headers = buf.subarray(0, end).toString("latin1");
        state = /content-disposition:[^\r\n]*;\s*name="?file"?(;|\s|$)/im.test(headers) ? "file" : "skip";
        buf = buf.subarray(end + HEADERS_END.length);
        continue;
      }
      if (state === "boundary") {
        if (buf.length < 2) break;
        if (buf[0] === 0x2d && buf[1] === 0x2d) throw invalidRequest("The multipart body has no 'file' field", "file");
        const eol = buf.indexOf("\r\n");
        if (eol === -1) break;
        buf = buf.subarray(eol + 2);
        state = "headers";
        continue;
      }
      const at = buf.indexOf(delimiter);
      if (state === "file") {
        if (at !== -1) {
          if (at > 0) yield buf.subarray(0, at);
          return;
        }
        if (buf.length > keep) {
          yield buf.subarray(0, buf.length - keep);
          buf = buf.subarray(buf.length - keep);
        }
        break;
      }
      // preamble or a skipped field: look for the next boundary.
      if (at === -1) {
        if (buf.length > keep) buf = buf.subarray(buf.length - keep);
        break;
      }
      buf = buf.subarray(at + delimiter.length);
      state = "boundary";
    }
  }
  throw invalidRequest(state === "file" ? "The multipart body ended inside the file" : "The multipart body has no 'file' field", "file");
}
