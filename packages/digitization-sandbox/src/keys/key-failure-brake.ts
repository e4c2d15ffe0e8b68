import type { PrismaClient } from "../generated/prisma/client";

// The brake on guessing keys: 20 wrong x-transaction-keys from one address within 10 minutes,
// then 429 until that window ends. Counted in the database, so every sandbox process shares
// one count; if the database is unreachable the request fails (closed), as the key check would.
export const KEY_FAILURE_LIMIT = 20;
export const KEY_FAILURE_WINDOW_SECONDS = 10 * 60;

export type BrakeState = { held: false } | { held: true; retryAfterSeconds: number };

export async function keyFailureState(prisma: PrismaClient, address: string): Promise<BrakeState> {
  const [row] = await prisma.$queryRawUnsafe<{ failures: number; seconds_left: number }[]>(
    `SELECT failures, ceil(extract(epoch FROM window_ends - now()))::int AS seconds_left
       FROM sandbox_key_failure WHERE address = $1 AND window_ends > now()`,
    address,
  );
  return row && row.failures >= KEY_FAILURE_LIMIT ? { held: true, retryAfterSeconds: Math.max(1, row.seconds_left) } : { held: false };
}

/** One more wrong key from `address`; a window that ended starts again at 1. */
export async function countKeyFailure(prisma: PrismaClient, address: string): Promise<void> {
  await prisma.$executeRawUnsafe(
    `INSERT INTO sandbox_key_failure (address, failures, window_ends) VALUES ($1, 1, now() + $2 * interval '1 second')
     ON CONFLICT (address) DO UPDATE SET
       failures = CASE WHEN sandbox_key_failure.window_ends <= now() THEN 1 ELSE sandbox_key_failure.failures + 1 END,
       window_ends = CASE WHEN sandbox_key_failure.window_ends <= now() THEN EXCLUDED.window_ends ELSE sandbox_key_failure.window_ends END`,
    address,
    KEY_FAILURE_WINDOW_SECONDS,
  );
}
