import type { PrismaClient } from "../generated/prisma/client";
import { hashSandboxKey } from "./hash-key";

/**
 * Revokes a key. Every request authenticates against the database, so the next call with
 * the key is refused (401) at once, in every process. Returns false for an unknown key.
 */
export async function revokeSandboxKey(prisma: PrismaClient, { key }: { key: string }): Promise<boolean> {
  const { count } = await prisma.sandboxKey.updateMany({
    where: { keyHash: hashSandboxKey(key), revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count > 0) return true;
  return (await prisma.sandboxKey.count({ where: { keyHash: hashSandboxKey(key) } })) > 0;
}
