import "server-only";
import { randomBytes } from "node:crypto";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { seal } from "@/lib/crypto/secret-box";
import { describeApiKey, hashApiKey } from "./key-material";

export const API_KEY_PREFIX = "pmk_live_";

/**
 * A fresh x-transaction-key (256 random bits) and the row that stores it: a hash for lookups,
 * an AES-GCM ciphertext for the portal's own calls, prefix and last four for display. The
 * clear key exists only in memory, for the one response that shows it.
 */
export async function newApiKey(organizationId: string, createdById: string) {
  const secret = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  const { encryptionKey } = await loadSecrets(getEnv());
  const data = {
    organizationId,
    createdById,
    ...describeApiKey(secret),
    keyHash: hashApiKey(secret),
    keyCiphertext: seal(secret, encryptionKey),
    status: "ACTIVE" as const,
  };
  return { secret, data };
}
