import "server-only";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/http/errors";

/** A key by id, for platform administrators (who see every organization's keys). */
export async function findApiKey(id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("API key not found");
  const prisma = await db();
  const key = await prisma.apiKey.findUnique({ where: { id }, select: { id: true, organizationId: true } });
  if (!key) throw notFound("API key not found");
  return key;
}
