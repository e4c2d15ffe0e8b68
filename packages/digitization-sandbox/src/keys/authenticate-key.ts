import type { PrismaClient } from "../generated/prisma/client";
import { invalidKey, missingKey } from "../http/api-error";
import { hashSandboxKey } from "./hash-key";

export type SandboxCaller = { clientId: string; keyId: string };

const MAX_KEY_LENGTH = 500;

/** The client behind an `x-transaction-key` header, or the spec's 401 errors. */
export async function authenticateKey(prisma: PrismaClient, header: string | null, now: Date): Promise<SandboxCaller> {
  const key = header?.trim() ?? "";
  if (key === "") throw missingKey();
  // Malformed keys get the same answer as unknown ones; no database call for them.
  if (key.length > MAX_KEY_LENGTH || !/^[\x21-\x7e]+$/.test(key)) throw invalidKey();
  const found = await prisma.sandboxKey.findUnique({
    where: { keyHash: hashSandboxKey(key) },
    select: { id: true, clientId: true, revokedAt: true, expiresAt: true },
  });
  if (!found || found.revokedAt || (found.expiresAt && found.expiresAt <= now)) throw invalidKey();
  return { clientId: found.clientId, keyId: found.id };
}
