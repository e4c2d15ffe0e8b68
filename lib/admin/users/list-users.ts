import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { readTogether } from "@/lib/db/read-together";
import type { ListUsersQuery, ListUsersResponse } from "./contracts";
import { toUserDto, userSelect } from "./to-user-dto";

/** Every user by organization (platform administrators last) and email; paged on the server. */
export async function listUsers(actor: Actor, query: ListUsersQuery): Promise<ListUsersResponse> {
  const prisma = await db();
  const where: Prisma.UserWhereInput = {
    ...(query.organizationId ? { organizationId: query.organizationId } : {}),
    ...(query.q ? { OR: [{ email: { contains: query.q, mode: "insensitive" } }, { name: { contains: query.q, mode: "insensitive" } }] } : {}),
  };
  const [rows, total] = await readTogether(prisma, [
    prisma.user.findMany({
      where,
      select: userSelect,
      orderBy: [{ organization: { name: "asc" } }, { email: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    }),
    prisma.user.count({ where }),
  ]);
  return { users: rows.map((row) => toUserDto(actor, row)), total, page: query.page, pageSize: query.pageSize };
}
