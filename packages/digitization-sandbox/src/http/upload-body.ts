import { multipartBoundary, multipartFileBytes } from "../upload/multipart-file";
import { invalidRequest } from "./api-error";
import { limitedBody } from "./body-limit";

/** The uploaded file's bytes, streamed: the raw body, or the multipart field `file`; 413 past `maxBodyBytes`. */
export function uploadBytes(request: Request, maxBodyBytes: number): AsyncIterable<Uint8Array> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(type)) return limitedBody(request.body, maxBodyBytes);
  const boundary = multipartBoundary(type);
  if (!boundary) throw invalidRequest("multipart/form-data without a boundary", "Content-Type");
  return multipartFileBytes(limitedBody(request.body, maxBodyBytes), boundary);
}
