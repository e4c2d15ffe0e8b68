import "server-only";
import { createHash } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { Brake, type BrakeRule } from "./brake";

// The portal's brakes, all counted in the database so every instance shares one count.
//
// If the database cannot be reached a brake throws and the action fails: sign-in and uploads
// both need that same database for the action itself, so failing closed costs no
// availability, while failing open (or an in-memory fallback) would hand a guesser a
// per-instance allowance exactly when the portal is degraded.

/** Consecutive failed sign-ins for one account from one address; a success resets it. */
export const SIGN_IN_ACCOUNT: BrakeRule = { name: "sign-in-account", limit: 10, windowSeconds: 24 * 3600, holdSeconds: 15 * 60 };
/** Failed sign-ins from one address, whatever the account (password spraying). */
export const SIGN_IN_ADDRESS: BrakeRule = { name: "sign-in-address", limit: 100, windowSeconds: 24 * 3600 };
/** New upload requests one user may start per hour. */
export const uploadsPerUser = (perHour: number): BrakeRule => ({ name: "uploads-per-user", limit: perHour, windowSeconds: 3600 });

// One Brake per (database client, rule): the store's limiter holds a sweep timer, so it is made
// once, not per request. The first brake of a client sweeps expired rows for the whole table.
const made = new WeakMap<PrismaClient, Map<string, Brake>>();

export function brake(prisma: PrismaClient, rule: BrakeRule): Brake {
  let ofClient = made.get(prisma);
  if (!ofClient) made.set(prisma, (ofClient = new Map()));
  const id = `${rule.name}/${rule.limit}/${rule.windowSeconds}/${rule.holdSeconds ?? 0}`;
  let found = ofClient.get(id);
  if (!found) ofClient.set(id, (found = new Brake(prisma, rule, { sweepsExpiredRows: ofClient.size === 0 })));
  return found;
}

/** The account brake's key: hashed, so the table holds no email address. */
export function accountAtAddress(email: string, address: string): string {
  return createHash("sha256").update(`${email}\n${address}`).digest("hex");
}
