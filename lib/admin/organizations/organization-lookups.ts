import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, notFound } from "@/lib/http/errors";

type Tx = Prisma.TransactionClient;

/**
 * Loads an organization and locks its row until the transaction ends, so changes to it and
 * to its keys (status, the one active key) are serialized.
 */
export async function lockOrganization(tx: Tx, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("Organization not found");
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${id}::uuid FOR UPDATE`;
  const organization = await tx.organization.findUnique({ where: { id } });
  if (!organization) throw notFound("Organization not found");
  return organization;
}

/** `details.name` lets the portal word the refusal in the user's language. */
export const nameTaken = (name: string) => new AppError(409, "ORGANIZATION_NAME_TAKEN", `An organization named "${name}" already exists. Choose another name.`, { name });

/** Names are unique regardless of case, so "alpha bank" cannot sit beside "Alpha Bank". */
export async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const existing = await tx.organization.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) },
    select: { name: true },
  });
  if (existing) throw nameTaken(existing.name);
}
