import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

/**
 * Runs reads in one REPEATABLE READ transaction, so they see the database at one moment: a page
 * and its total (or a list and its unread count) cannot disagree because a row was committed
 * between the two queries, as they can when each runs on its own connection.
 */
export function readTogether<P extends Prisma.PrismaPromise<unknown>[]>(prisma: PrismaClient, reads: [...P]) {
  return prisma.$transaction(reads, { isolationLevel: "RepeatableRead" });
}
