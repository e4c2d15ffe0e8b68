/**
 * A Blob's bytes chunk by chunk. Uses the stream reader rather than `for await` over the
 * stream, which older Safari lacks; the reader is released if the consumer stops early.
 */
export async function* readBlob(blob: Blob): AsyncGenerator<Uint8Array> {
  const reader = blob.stream().getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
