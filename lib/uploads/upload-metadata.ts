import "server-only";
import { Metadata } from "@tus/server";
import { z } from "zod";
import { badRequest } from "@/lib/http/errors";
import { fileNameSchema } from "@/lib/requests/contracts";

/**
 * What the portal's browser client (components/requests/upload/send-with-tus.ts) sends. Any
 * other key is refused: a key that looks like one of these (a tab before it, another case)
 * must not be read one way here and another way by the tus server.
 */
const uploadMetadata = z.strictObject({
  requestId: z.uuid({ error: "must be the id of the request this file was declared with" }),
  filename: fileNameSchema.optional(),
});
export type UploadMetadata = z.infer<typeof uploadMetadata>;

const KNOWN_KEYS = Object.keys(uploadMetadata.shape);

/**
 * Parses a tus Upload-Metadata header ("key base64,key base64") with tus's own parser, the one
 * the tus server uses, then refuses whatever that parser tolerates but the portal does not:
 * unknown keys (which covers keys holding whitespace or control characters), keys without a
 * value, and values whose base64 is not canonical or whose bytes are not UTF-8.
 */
export function parseUploadMetadata(header: string | null): UploadMetadata {
  if (!header) throw badRequest("Upload-Metadata is required and must name the requestId.");
  let parsed: Record<string, string | null>;
  try {
    parsed = Metadata.parse(header);
  } catch {
    throw badRequest("Upload-Metadata is malformed: it must be comma-separated \"key base64value\" pairs, each key once.");
  }
  for (const [key, value] of Object.entries(parsed)) {
    if (!KNOWN_KEYS.includes(key)) throw badRequest(`Upload-Metadata has an unknown key ${JSON.stringify(key)}; only ${KNOWN_KEYS.join(" and ")} are accepted.`);
    if (value === null) throw badRequest(`Upload-Metadata key ${key} needs a value.`);
    // Metadata.parse decodes leniently: a value that does not round-trip was not plain base64 of UTF-8.
    if (Buffer.from(value, "utf8").toString("base64") !== base64Of(header, key)) {
      throw badRequest(`Upload-Metadata key ${key} must be base64 of UTF-8 text.`);
    }
  }
  const result = uploadMetadata.safeParse(parsed);
  if (!result.success) {
    throw badRequest(`Invalid Upload-Metadata: ${result.error.issues.map((i) => `${i.path.join(".") || "metadata"} ${i.message}`).join("; ")}`);
  }
  return result.data;
}

/** The raw value of a key tus's parser already accepted (so the header is well formed). */
function base64Of(header: string, key: string): string {
  const pair = header.split(",").find((p) => p.split(" ")[0] === key);
  return pair?.split(" ")[1] ?? "";
}
