import "server-only";
import type { S3ClientConfig } from "@aws-sdk/client-s3";
import type { Env } from "@/lib/config/env";

/** The S3 client settings every part of the portal uses (stored files and the tus upload store). */
export function s3Settings(env: Env): S3ClientConfig & { bucket: string } {
  const credentials = env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
    ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
    : undefined; // else the SDK's own chain (AWS_* variables, instance role)
  return {
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION,
    forcePathStyle: env.S3_FORCE_PATH_STYLE,
    ...(env.S3_ENDPOINT ? { endpoint: env.S3_ENDPOINT } : {}),
    ...(credentials ? { credentials } : {}),
    // The SDK's default CRC32 trailers (aws-chunked bodies) are not understood by several
    // S3-compatible stores; integrity is ours anyway (SHA-256 and the AES-GCM tag).
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  };
}
