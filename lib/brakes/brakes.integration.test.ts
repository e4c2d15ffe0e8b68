import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase, type Database } from "@/lib/db/open-database";
import { databaseTargets } from "@/test/database-targets";
import { Brake, type BrakeRule } from "./brake";
import { accountAtAddress } from "./brakes";

const rule = (over: Partial<BrakeRule> = {}): BrakeRule => ({ name: `test-${Math.random()}`, limit: 5, windowSeconds: 60, ...over });

describe.each(databaseTargets())("brakes in the database on %s", (engine, target) => {
  // Two handles on one database = two portal processes, each with its own connection pool.
  let first: Database;
  let second: Database;
  beforeAll(async () => {
    const url = await target.freshUrl();
    first = await openDatabase({ url });
    await applyMigrations(first.sql);
    second = await openDatabase({ url });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });
  const pair = (r: BrakeRule) => [new Brake(first.prisma, r, { sweepsExpiredRows: false }), new Brake(second.prisma, r, { sweepsExpiredRows: false })] as const;

  it("shares one count between two instances, and counts every one of many parallel events", async () => {
    const r = rule({ limit: 30 });
    const [a, b] = pair(r);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).take("user-1")));
    expect(answers.filter((s) => !s.held)).toHaveLength(30);
    expect(answers.filter((s) => s.held).every((s) => s.held && s.retryAfterSeconds > 0 && s.retryAfterSeconds <= 60)).toBe(true);
    const row = await first.prisma.rateLimiterFlexible.findUniqueOrThrow({ where: { key: `${r.name}:user-1` } });
    expect(row.points).toBe(50);
    expect((await b.take("user-2")).held).toBe(false);
  });

  it("holds after the limit of failures counted by either instance, for the hold time, and a reset opens it", async () => {
    const r = rule({ limit: 4, windowSeconds: 24 * 3600, holdSeconds: 900 });
    const [a, b] = pair(r);
    for (let i = 0; i < 3; i++) expect(await (i % 2 ? a : b).countFailure("k")).toEqual({ held: false });
    expect(await b.state("k")).toEqual({ held: false });
    expect(await a.countFailure("k")).toEqual({ held: true, retryAfterSeconds: 900 });
    const held = await b.state("k");
    expect(held.held && held.retryAfterSeconds).toBeGreaterThan(890);
    expect(held.held && held.retryAfterSeconds).toBeLessThanOrEqual(900);

    await b.reset("k");
    expect(await a.state("k")).toEqual({ held: false });
  });

  it("counts parallel failures exactly (no lost increments)", async () => {
    const r = rule({ limit: 1000 });
    const [a, b] = pair(r);
    await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).countFailure("burst")));
    const row = await second.prisma.rateLimiterFlexible.findUniqueOrThrow({ where: { key: `${r.name}:burst` } });
    expect(row.points).toBe(40);
  });

  it("starts a new window once the old one expired", async () => {
    const r = rule({ limit: 2, windowSeconds: 1 });
    const [a] = pair(r);
    await a.countFailure("w");
    expect(await a.countFailure("w")).toMatchObject({ held: true });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await a.state("w")).toEqual({ held: false });
    expect(await a.countFailure("w")).toEqual({ held: false });
  });

  it(`stores no email address in its keys (${engine})`, () => {
    const key = accountAtAddress("someone@bank.example", "203.0.113.9");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toBe(accountAtAddress("someone@bank.example", "203.0.113.10"));
  });
});
