import { concatBytes } from "./concat-bytes";
import { findInvalidUtf8, incompleteTailLength } from "./find-invalid-utf8";
import { hexPreview } from "./sniff-container";

/** Where the bytes stop being UTF-8: file offset, line breaks in this chunk before it, the bytes in hex. */
export type InvalidUtf8 = { offset: number; breaksBefore: number; bytes: string };

/** Bytes are decoded in slices this big so every text batch stays a regular-heap string (see record-reader). */
const SLICE_BYTES = 32 * 1024;

/**
 * Strict streaming UTF-8 (TextDecoder, fatal). TextDecoder only says "invalid", so on failure
 * the chunk is scanned again to name the byte; the last bytes of the previous chunk are kept
 * because a character cut in two by the chunking began there. A leading BOM is dropped.
 */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private decodedBytes = 0;
  private tail = new Uint8Array(0);

  decode(chunk: Uint8Array, onText: (text: string) => void): InvalidUtf8 | null {
    for (let at = 0; at < chunk.length; at += SLICE_BYTES) {
      const slice = chunk.length <= SLICE_BYTES ? chunk : chunk.subarray(at, at + SLICE_BYTES);
      let text: string;
      try {
        text = this.decoder.decode(slice, { stream: true });
      } catch {
        return this.locate(slice, false);
      }
      this.decodedBytes += slice.length;
      this.tail = slice.length >= 3 ? slice.slice(slice.length - 3) : concatBytes([this.tail, slice]).slice(-3);
      onText(text);
    }
    return null;
  }

  flush(onText: (text: string) => void): InvalidUtf8 | null {
    let text: string;
    try {
      text = this.decoder.decode();
    } catch {
      return this.locate(new Uint8Array(0), true);
    }
    onText(text);
    return null;
  }

  private locate(chunk: Uint8Array, final: boolean): InvalidUtf8 {
    const carried = incompleteTailLength(this.tail);
    const bytes = concatBytes([this.tail.subarray(this.tail.length - carried), chunk]);
    const at = Math.max(0, findInvalidUtf8(bytes, final));
    let breaksBefore = 0;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) breaksBefore++;
    return { offset: this.decodedBytes - carried + at, breaksBefore, bytes: hexPreview(bytes.subarray(at), Math.min(4, bytes.length - at)) };
  }
}
