import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Open, or held until `retryAfterSeconds` have passed. */
export type BrakeState = { held: false } | { held: true; retryAfterSeconds: number };

export type BrakeRule = {
  /** Also the prefix of the brake's rows, so brakes sharing the table never mix counts. */
  name: string;
  /** Events allowed per window. */
  limit: number;
  windowSeconds: number;
  /** When the limit is reached, hold for this long instead of until the window ends. */
  holdSeconds?: number;
};

const OPEN: BrakeState = { held: false };
const heldFor = (ms: number): BrakeState => ({ held: true, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) });

/**
 * A counter per key in the database table `RateLimiterFlexible` (rate-limiter-flexible's
 * Prisma store), so every portal instance sees the same count. The store increments the row
 * in the database (`points = points + 1`, an upsert), so concurrent events are all counted.
 * A database error is thrown, never read as "open": callers fail closed (README).
 */
export class Brake {
  private readonly limiter: RateLimiterPrisma;

  constructor(prisma: PrismaClient, readonly rule: BrakeRule, opts: { sweepsExpiredRows: boolean }) {
    this.limiter = new RateLimiterPrisma({
      storeClient: prisma,
      tableName: "RateLimiterFlexible",
      keyPrefix: rule.name,
      points: rule.limit,
      duration: rule.windowSeconds,
      // The store deletes rows expired an hour ago every five minutes; one brake per table does it.
      clearExpiredByTimeout: opts.sweepsExpiredRows,
    });
  }

  /** For failure brakes: held once `limit` failures were counted, without counting this look. */
  async state(key: string): Promise<BrakeState> {
    const res = await this.limiter.get(key);
    return res && res.consumedPoints >= this.rule.limit ? heldFor(res.msBeforeNext) : OPEN;
  }

  /** Counts one failure; the one that reaches the limit starts the hold. */
  async countFailure(key: string): Promise<BrakeState> {
    const res = await this.consume(key);
    if (res.consumedPoints < this.rule.limit) return OPEN;
    if (this.rule.holdSeconds && res.consumedPoints === this.rule.limit) {
      await this.limiter.block(key, this.rule.holdSeconds);
      return heldFor(this.rule.holdSeconds * 1000);
    }
    return heldFor(res.msBeforeNext);
  }

  /** For budgets (uploads): takes one; held when the window's `limit` is already spent. */
  async take(key: string): Promise<BrakeState> {
    const res = await this.consume(key);
    return res.consumedPoints > this.rule.limit ? heldFor(res.msBeforeNext) : OPEN;
  }

  /** Forgets the key's count (a successful sign-in ends a run of failures). */
  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }

  private consume(key: string): Promise<RateLimiterRes> {
    // The library rejects with a RateLimiterRes when over the limit and with an Error when the
    // store fails; only the first is an answer.
    return this.limiter.consume(key).catch((error: unknown) => {
      if (error instanceof RateLimiterRes) return error;
      throw error;
    });
  }
}
