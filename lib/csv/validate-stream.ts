import { createValidator, type ValidatorOptions } from "./create-validator";
import type { ValidationReport } from "./validation-report";

/**
 * Validates a byte stream with exactly the rules the browser ran: the server re-validates every
 * upload because the browser is not trusted. Any AsyncIterable of Uint8Array works (a Node
 * Readable yields Buffers, which are Uint8Arrays; a web ReadableStream is async-iterable too).
 */
export async function validateStream(source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, options: ValidatorOptions): Promise<ValidationReport> {
  const validator = await createValidator(options);
  for await (const chunk of source) validator.push(chunk);
  return validator.finish();
}
