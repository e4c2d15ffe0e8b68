import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { auditHash } from "./write-audit";

export type ChainBreak = {
  /** The first entry whose hash or link does not check out. */
  id: string;
  expected: string;
  stored: string;
  reason: "content" | "link";
};

export type ChainReport = { intact: true; entries: number } | { intact: false; entries: number; broken: ChainBreak };

/**
 * Walks the audit log in id order, page by page, recomputing every entry's hash. An edited
 * entry fails on its own content; a deleted one breaks the link of the entry after it. (Removing
 * the newest entries leaves no trace in the chain itself; compare the count with a copy kept
 * elsewhere for that.)
 */
export async function verifyAuditChain(prisma: PrismaClient, options: { pageSize?: number } = {}): Promise<ChainReport> {
  const pageSize = options.pageSize ?? 1000;
  let previous: string | null = null;
  let after: bigint | null = null;
  let entries = 0;
  for (;;) {
    const rows: StoredEntry[] = await prisma.auditEvent.findMany({
      ...(after === null ? {} : { where: { id: { gt: after } } }),
      orderBy: { id: "asc" },
      take: pageSize,
    });
    for (const row of rows) {
      const broken = checkEntry(row, previous);
      if (broken) return { intact: false, entries, broken };
      previous = row.hash;
      entries += 1;
    }
    if (rows.length < pageSize) return { intact: true, entries };
    after = rows[rows.length - 1]!.id;
  }
}

type StoredEntry = Prisma.AuditEventGetPayload<object>;

function checkEntry(row: StoredEntry, previousHash: string | null): ChainBreak | null {
  const id = row.id.toString();
  const recomputed = auditHash(row.prevHash, row.at, { ...row, clientAddress: row.sourceIp, correlationId: row.requestId, details: row.details as Prisma.InputJsonObject | null });
  if (recomputed !== row.hash) return { id, expected: recomputed, stored: row.hash, reason: "content" };
  if (row.prevHash !== previousHash) return { id, expected: previousHash ?? "(start of chain)", stored: row.prevHash ?? "(start of chain)", reason: "link" };
  return null;
}

/** One line for people: what the check command prints and the audit page shows. */
export function describeChainReport(report: ChainReport): string {
  if (report.intact) return `chain intact (${report.entries} entries)`;
  const { id, expected, stored, reason } = report.broken;
  const what = reason === "content" ? "its content no longer matches its hash" : "it does not link to the entry before it (an entry was removed or altered)";
  return `chain broken at entry ${id}: ${what} (${report.entries} entries before it check out)\n  expected: ${expected}\n  stored:   ${stored}`;
}
