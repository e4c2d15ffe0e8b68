import "server-only";
// The CSV body of a submission in any form the portal has it: bytes, a web stream, a Node
// stream or any async iterable of chunks — or a factory of those, called once per attempt,
// because a stream is consumed by the first attempt and cannot be replayed on a retry.

export type CsvChunks = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
export type CsvSource = Uint8Array | string | Blob | CsvChunks;
export type SubmitBody = CsvSource | (() => CsvSource);

function fromIterable(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

function toBodyInit(source: CsvSource): BodyInit {
  if (typeof source === "string" || source instanceof Blob || source instanceof ReadableStream) return source;
  // Typed-array generics differ between lib.dom and @types/node; fetch accepts both.
  if (source instanceof Uint8Array) return source as unknown as BodyInit;
  return fromIterable(source);
}

const isStream = (s: CsvSource) => s instanceof ReadableStream || (typeof s === "object" && Symbol.asyncIterator in s);

export function csvBodyFactory(body: SubmitBody): { factory: () => BodyInit; replayable: boolean } {
  if (typeof body === "function") return { factory: () => toBodyInit(body()), replayable: true };
  return { factory: () => toBodyInit(body), replayable: !isStream(body) };
}
