import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashSandboxKey } from "@/lib/sandbox/keys/hash-key";

/**
 * The sandbox client an organization's keys belong to. Organizations created in the portal use
 * their own id; the demo organizations were registered under the sandbox's demo references, and
 * their new keys must join that same client so earlier batches stay visible.
 */
export async function sandboxClientRef(prisma: PrismaClient, organizationId: string, secrets: string[]): Promise<string> {
  if (!secrets.length) return organizationId;
  const known = await prisma.sandboxKey.findFirst({
    where: { keyHash: { in: secrets.map(hashSandboxKey) } },
    select: { client: { select: { ref: true } } },
  });
  return known?.client.ref ?? organizationId;
}
