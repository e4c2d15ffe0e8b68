import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetEnv, getEnv } from "@/lib/config/env";
import { localFolderStore } from "./local-folder-store";
import type { ObjectStore } from "./object-store";
import { s3BucketStore } from "./s3-bucket-store";
import { s3Settings } from "./s3-settings";
import { objectStore } from "./store-for-env";
import { openDecrypted, saveEncrypted } from "./stored-files";
import { startS3rver, type S3StandIn } from "./testing/start-s3rver";

// The same contract for both stores: the portal must not be able to tell which one it has.
let s3: S3StandIn;
let folder: string;
const saved = { ...process.env };

beforeAll(async () => {
  s3 = await startS3rver();
  folder = await mkdtemp(path.join(tmpdir(), "pm-store-"));
});
afterAll(async () => {
  await s3.stop();
  await rm(folder, { recursive: true, force: true });
  process.env = saved;
  forgetEnv();
});

const text = async (store: ObjectStore, key: string, range?: { start: number; end: number }) => {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.read(key, range)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

function useStorage(kind: "local" | "s3") {
  beforeAll(() => {
    process.env = { ...saved, DATA_DIR: folder, PORTAL_MODE: "demo", ...(kind === "s3" ? s3.settings : { STORAGE: "local" }) };
    forgetEnv();
  });
}

describe.each([
  ["local folder", () => localFolderStore(folder)],
  ["S3 bucket", () => {
    const { bucket, ...config } = s3Settings({ ...getEnv({ ...s3.settings, PORTAL_MODE: "demo" }) });
    return s3BucketStore(new S3Client(config), bucket);
  }],
] as const)("%s store", (_name, open) => {
  it("writes, reads whole and by range, sizes and removes", async () => {
    const store = open();
    const body = randomBytes(9 * 1024 * 1024 + 17); // more than one S3 part
    const key = `files/${randomUUID()}.bin`;
    expect(await store.size(key)).toBeNull();
    await store.write(key, [body.subarray(0, 1000), body.subarray(1000)]);
    expect(await store.size(key)).toBe(body.length);
    expect((await text(store, key)).equals(body)).toBe(true);
    expect((await text(store, key, { start: 5, end: 9 })).equals(body.subarray(5, 10))).toBe(true);
    await store.remove(key);
    expect(await store.size(key)).toBeNull();
    await store.remove(key); // absent is fine
    await expect(store.read(key)).rejects.toThrow();
  });

  it("lists the objects directly in a folder, or at the top level", async () => {
    const store = open();
    const folder = `list-${randomUUID()}`;
    await store.write(`${folder}/a.bin`, [Buffer.from("a")]);
    await store.write(`${folder}/b.bin`, [Buffer.from("b")]);
    await store.write(`${folder}/deeper/c.bin`, [Buffer.from("c")]);
    const top = `${randomUUID()}.bin`;
    await store.write(top, [Buffer.from("t")]);
    expect((await store.list(folder)).sort()).toEqual([`${folder}/a.bin`, `${folder}/b.bin`]);
    expect(await store.list(`${folder}-absent`)).toEqual([]);
    const atTop = await store.list("");
    expect(atTop).toContain(top);
    expect(atTop.filter((key) => key.includes("/"))).toEqual([]);
    await expect(store.list("../escape")).rejects.toThrow("Invalid object key");
  });

  it("refuses keys that climb out of the store", async () => {
    await expect(open().write("../escape", [Buffer.from("x")])).rejects.toThrow("Invalid object key");
  });
});

describe.each(["local", "s3"] as const)("encrypted stored files (STORAGE=%s)", (kind) => {
  useStorage(kind);

  it("round-trips and detects tampering", async () => {
    const key = randomUUID();
    const plain = Buffer.from("customer_id,eid_number\n".repeat(50_000));
    await saveEncrypted(key, [plain]);
    const chunks: Buffer[] = [];
    for await (const chunk of await openDecrypted(key)) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(plain)).toBe(true);

    // Flip one ciphertext byte: the GCM tag must refuse the file.
    const sealed = await text(objectStore(), `files/${key}.pmf`);
    sealed[100]! ^= 1;
    await objectStore().write(`files/${key}.pmf`, [sealed]);
    const reading = (async () => { for await (const _ of await openDecrypted(key)) void _; })();
    await expect(reading).rejects.toThrow();
  });
});
