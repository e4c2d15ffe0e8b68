import "server-only";
import path from "node:path";
import { S3Client } from "@aws-sdk/client-s3";
import { getEnv, type Env } from "@/lib/config/env";
import { localFolderStore } from "./local-folder-store";
import type { ObjectStore } from "./object-store";
import { s3BucketStore } from "./s3-bucket-store";
import { s3Settings } from "./s3-settings";

// One store (one S3 client) per configuration; tests that switch settings (forgetEnv) get a new one.
let cached: { env: Env; store: ObjectStore } | undefined;

/** The configured store: DATA_DIR on this machine (STORAGE=local), or the shared bucket (STORAGE=s3). */
export function objectStore(): ObjectStore {
  const env = getEnv();
  if (cached?.env !== env) cached = { env, store: open(env) };
  return cached.store;
}

function open(env: Env): ObjectStore {
  if (env.STORAGE === "local") return localFolderStore(path.resolve(env.DATA_DIR));
  const { bucket, ...config } = s3Settings(env);
  return s3BucketStore(new S3Client(config), bucket);
}
