import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brake, SIGN_IN_ADDRESS } from "@/lib/brakes/brakes";
import { forgetEnv } from "@/lib/config/env";
import { db } from "@/lib/db/client";
import { databaseTargets } from "@/test/database-targets";
import { usePortalDatabase } from "@/test/use-portal-database";
import { authenticate } from "./authenticate";
import { hashPassword } from "./password";

const PASSWORD = "Correct-Horse-42";

async function createUser() {
  const prisma = await db();
  const email = `${randomUUID()}@bank.example`;
  await prisma.user.create({ data: { email, name: "Test User", roles: ["UPLOADER"], passwordHash: await hashPassword(PASSWORD) } });
  return email;
}

async function denials(email: string) {
  const prisma = await db();
  const rows = await prisma.auditEvent.findMany({ where: { actorEmail: email, action: "auth.sign-in", outcome: "DENIED" }, orderBy: { id: "asc" } });
  return rows.map((r) => (r.details as { reason: string }).reason);
}

describe.each(databaseTargets())("sign-in brakes on %s", (_name, target) => {
  // The per-account lockout (SIGN_IN_MAX_FAILURES) would stop these runs first; lift it so the
  // brakes are what is tested.
  beforeAll(() => {
    process.env.SIGN_IN_MAX_FAILURES = "1000";
    forgetEnv();
  });
  afterAll(() => {
    delete process.env.SIGN_IN_MAX_FAILURES;
    forgetEnv();
  });
  usePortalDatabase(target);

  it("holds one account from one address after 10 consecutive failures, even with the right password; a success before that resets the run", async () => {
    const email = await createUser();
    const ip = "198.51.100.1";
    const attempt = (password: string, sourceIp: string | null = ip) => authenticate({ email, password, sourceIp });

    for (let i = 0; i < 9; i++) expect(await attempt("wrong")).toBeNull();
    expect(await attempt(PASSWORD)).toMatchObject({ email });
    // The run was reset: nine more failures still leave the account open from here.
    for (let i = 0; i < 9; i++) expect(await attempt("wrong")).toBeNull();
    expect(await attempt(PASSWORD)).toMatchObject({ email });

    for (let i = 0; i < 10; i++) expect(await attempt("wrong")).toBeNull();
    expect(await attempt(PASSWORD)).toBeNull();
    expect((await denials(email)).at(-1)).toBe("too many failures for this account from this address");
    // Another address is not held; the run is per account and address.
    expect(await attempt(PASSWORD, "198.51.100.2")).toMatchObject({ email });
  });

  it("holds an address after 100 failures a day across accounts, audited with its reason; other addresses are unaffected", async () => {
    const prisma = await db();
    const ip = "198.51.100.7";
    const email = await createUser();
    // 99 failures from this address, as other portal instances would have counted them.
    const perAddress = brake(prisma, SIGN_IN_ADDRESS);
    for (let i = 0; i < 99; i++) await perAddress.countFailure(ip);
    expect(await authenticate({ email, password: PASSWORD, sourceIp: ip })).toMatchObject({ email });

    expect(await authenticate({ email: `${randomUUID()}@bank.example`, password: "guess", sourceIp: ip })).toBeNull();
    expect(await authenticate({ email, password: PASSWORD, sourceIp: ip })).toBeNull();
    expect((await denials(email)).at(-1)).toBe("address over its daily failure limit");
    expect(await authenticate({ email, password: PASSWORD, sourceIp: "198.51.100.8" })).toMatchObject({ email });
  });

  it("still locks the account itself after SIGN_IN_MAX_FAILURES whatever the address", async () => {
    process.env.SIGN_IN_MAX_FAILURES = "3";
    forgetEnv();
    try {
      const email = await createUser();
      for (let i = 0; i < 3; i++) await authenticate({ email, password: "wrong", sourceIp: `203.0.113.${i}` });
      expect(await authenticate({ email, password: PASSWORD, sourceIp: "203.0.113.50" })).toBeNull();
      expect((await denials(email)).at(-1)).toBe("account locked");
    } finally {
      process.env.SIGN_IN_MAX_FAILURES = "1000";
      forgetEnv();
    }
  });
});
