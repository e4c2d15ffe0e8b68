import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { objectStore } from "./store-for-env";

// Customer files are stored encrypted (AES-256-GCM, key from the configuration):
// "PMF1" | 12-byte IV | ciphertext | 16-byte tag, in the configured object store (local
// folder or shared bucket), whose writes are all-or-nothing.
const MAGIC = Buffer.from("PMF1");
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = MAGIC.length + IV_BYTES;

function keyOf(storageKey: string) {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Invalid storage key");
  return `files/${storageKey}.pmf`;
}

async function encryptionKey() {
  return (await loadSecrets(getEnv())).encryptionKey;
}

export async function saveEncrypted(storageKey: string, source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<void> {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", await encryptionKey(), iv);
  async function* sealed() {
    yield Buffer.concat([MAGIC, iv]);
    for await (const chunk of source) yield cipher.update(chunk);
    yield cipher.final();
    yield cipher.getAuthTag();
  }
  await objectStore().write(keyOf(storageKey), sealed());
}

/** The plaintext bytes, streamed. The GCM tag is checked at the end: a tampered file errors. */
export async function openDecrypted(storageKey: string): Promise<Readable> {
  const store = objectStore();
  const key = keyOf(storageKey);
  const size = await store.size(key);
  if (size === null || size < HEADER_BYTES + TAG_BYTES) throw new Error("Stored file missing or truncated");
  const [header, tag] = await Promise.all([
    readAll(await store.read(key, { start: 0, end: HEADER_BYTES - 1 })),
    readAll(await store.read(key, { start: size - TAG_BYTES, end: size - 1 })),
  ]);
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("Not an encrypted portal file");
  const decipher = createDecipheriv("aes-256-gcm", await encryptionKey(), header.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  const body = size > HEADER_BYTES + TAG_BYTES ? await store.read(key, { start: HEADER_BYTES, end: size - TAG_BYTES - 1 }) : Readable.from([]);
  body.on("error", (e) => decipher.destroy(e));
  return body.pipe(decipher);
}

export async function removeStored(storageKey: string): Promise<void> {
  await objectStore().remove(keyOf(storageKey));
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
