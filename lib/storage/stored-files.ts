import "server-only";
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";

// Customer files are stored encrypted (AES-256-GCM, key from the configuration):
// "PMF1" | 12-byte IV | ciphertext | 16-byte tag. Written to a temporary name and renamed,
// so a crash never leaves a half-written file under a request's key.
const MAGIC = Buffer.from("PMF1");
const IV_BYTES = 12;
const TAG_BYTES = 16;

function fileFor(storageKey: string) {
  if (!/^[0-9a-f-]{36}$/.test(storageKey)) throw new Error("Invalid storage key");
  return path.resolve(getEnv().DATA_DIR, "files", `${storageKey}.pmf`);
}

async function encryptionKey() {
  return (await loadSecrets(getEnv())).encryptionKey;
}

export async function saveEncrypted(storageKey: string, source: AsyncIterable<Uint8Array>): Promise<void> {
  const target = fileFor(storageKey);
  await mkdir(path.dirname(target), { recursive: true });
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", await encryptionKey(), iv);
  const temp = `${target}.${randomBytes(4).toString("hex")}.tmp`;
  const out = createWriteStream(temp, { mode: 0o600 });
  out.write(Buffer.concat([MAGIC, iv]));
  try {
    await pipeline(Readable.from(source), cipher, out, { end: false });
    await new Promise<void>((resolve, reject) => out.end(cipher.getAuthTag(), (e?: Error | null) => (e ? reject(e) : resolve())));
    await rename(temp, target);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw error;
  }
}

/** The plaintext bytes, streamed. The GCM tag is checked at the end: a tampered file errors. */
export async function openDecrypted(storageKey: string): Promise<Readable> {
  const file = fileFor(storageKey);
  const { size } = await stat(file);
  const header = Buffer.alloc(MAGIC.length + IV_BYTES);
  const tag = Buffer.alloc(TAG_BYTES);
  const handle = await open(file, "r");
  try {
    await handle.read(header, 0, header.length, 0);
    await handle.read(tag, 0, TAG_BYTES, size - TAG_BYTES);
  } finally {
    await handle.close();
  }
  if (!header.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error("Not an encrypted portal file");
  const decipher = createDecipheriv("aes-256-gcm", await encryptionKey(), header.subarray(MAGIC.length));
  decipher.setAuthTag(tag);
  const body = createReadStream(file, { start: header.length, end: size - TAG_BYTES - 1 });
  body.on("error", (e) => decipher.destroy(e));
  return body.pipe(decipher);
}

export async function removeStored(storageKey: string): Promise<void> {
  await rm(fileFor(storageKey), { force: true });
}
