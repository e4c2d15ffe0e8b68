import { z } from "zod";
import type { PrismaClient } from "../generated/prisma/client";
import { hashSandboxKey } from "./hash-key";

const input = z.object({
  /** The caller's stable id for the organization (the portal passes its organization id). */
  clientRef: z.string().trim().min(1).max(200),
  clientName: z.string().trim().min(1).max(200),
  // Keys are secrets, so they must be long enough not to be guessed; the demo keys are 30 characters.
  key: z.string().min(20).max(500).regex(/^[\x21-\x7e]+$/, "printable ASCII without spaces"),
  expiresAt: z.date().optional(),
});

export type RegisterSandboxKeyInput = z.input<typeof input>;

export class SandboxKeyConflictError extends Error {
  constructor() {
    super("This key is already registered for another client");
  }
}

/**
 * Registers a key for a client organization, as the real platform does at onboarding. The
 * client is created or renamed by `clientRef`. Idempotent for the same key and client; a key
 * that belongs to another client is refused rather than moved.
 */
export async function registerSandboxKey(prisma: PrismaClient, raw: RegisterSandboxKeyInput): Promise<{ clientId: string }> {
  const { clientRef, clientName, key, expiresAt } = input.parse(raw);
  const keyHash = hashSandboxKey(key);
  return prisma.$transaction(async (tx) => {
    const client = await tx.sandboxClient.upsert({
      where: { ref: clientRef },
      create: { ref: clientRef, name: clientName },
      update: { name: clientName },
    });
    const existing = await tx.sandboxKey.findUnique({ where: { keyHash } });
    if (existing && existing.clientId !== client.id) throw new SandboxKeyConflictError();
    await tx.sandboxKey.upsert({
      where: { keyHash },
      create: { clientId: client.id, keyHash, last4: key.slice(-4), expiresAt: expiresAt ?? null },
      update: { expiresAt: expiresAt ?? null },
    });
    return { clientId: client.id };
  });
}
