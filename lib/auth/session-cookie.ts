import "server-only";
import { cookies } from "next/headers";
import { hkdfSync } from "node:crypto";
import { jwtDecrypt } from "jose";
import type { NextAuthOptions } from "next-auth";
import { logger } from "@/lib/log/logger";
import { getAuthOptions } from "./auth-options";

/** Who the session cookie says signed in, and the session version it was issued under. */
export type SessionClaims = { userId: string; sessionVersion: unknown };

const SESSION_COOKIE = "next-auth.session-token";

/** next-auth's default name for the session cookie (auth-options.ts sets no other). */
export function sessionCookieName(options: Pick<NextAuthOptions, "useSecureCookies">): string {
  return `${options.useSecureCookies ? "__Secure-" : ""}${SESSION_COOKIE}`;
}

/** Whether a request carries something named like a session cookie (whole or in chunks): a cheap test before work worth doing only for a signed-in caller. */
export function mayCarrySession(headers: Headers): boolean {
  return headers.get("cookie")?.includes(SESSION_COOKIE) ?? false;
}

// next-auth's session cookie is a JWE (dir, A256GCM) under a key it derives from the secret
// with HKDF on every call, on the thread pool: a hop every request waited for. The key is
// derived here once per secret, exactly as next-auth derives it (next-auth/jwt `decode`, the
// same jose release), and the cookie decrypted with it.
const derivedKeys = new Map<string, Uint8Array>();
function encryptionKey(secret: string): Uint8Array {
  let key = derivedKeys.get(secret);
  if (!key) {
    key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    derivedKeys.set(secret, key);
  }
  return key;
}

/** Decrypts and checks a session token as next-auth's `decode` does (authenticated encryption, expiry with 15 s tolerance). */
async function decode(token: string, secret: string) {
  return (await jwtDecrypt(token, encryptionKey(secret), { clockTolerance: 15 })).payload;
}

/**
 * The session cookie's claims, decrypted and checked as next-auth checks them. Not
 * getServerSession: besides decrypting, it re-encrypts a renewed token for a cookie that a page
 * or route handler cannot set, and every API call paid for that.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const options = await getAuthOptions();
  const token = joinedCookie((await cookies()).getAll(), sessionCookieName(options));
  if (!token || !options.secret) return null;
  const claims = await decode(token, options.secret).catch((error: unknown) => {
    // A forged, stale or expired cookie is "not signed in", as next-auth answers it; only the
    // reason is logged (the token itself names the user).
    logger.debug({ reason: (error as { code?: string }).code ?? (error as Error).name }, "session cookie refused");
    return null;
  });
  if (typeof claims?.sub !== "string") return null;
  return { userId: claims.sub, sessionVersion: claims.sv };
}

/** next-auth splits a cookie too long for one into `name.0`, `name.1`, …: joined in order. */
function joinedCookie(all: { name: string; value: string }[], name: string): string | null {
  const whole = all.find((c) => c.name === name);
  if (whole) return whole.value || null;
  const chunkIndex = (c: { name: string }) => (c.name.startsWith(`${name}.`) && /^\d+$/.test(c.name.slice(name.length + 1)) ? Number(c.name.slice(name.length + 1)) : -1);
  const chunks = all.filter((c) => chunkIndex(c) >= 0).sort((a, b) => chunkIndex(a) - chunkIndex(b));
  return chunks.map((c) => c.value).join("") || null;
}
