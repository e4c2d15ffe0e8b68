import "server-only";
import { cookies } from "next/headers";
import type { NextAuthOptions } from "next-auth";
import { decode } from "next-auth/jwt";
import { logger } from "@/lib/log/logger";
import { getAuthOptions } from "./auth-options";

/** Who the session cookie says signed in, and the session version it was issued under. */
export type SessionClaims = { userId: string; sessionVersion: unknown };

/** next-auth's default name for the session cookie (auth-options.ts sets no other). */
export function sessionCookieName(options: Pick<NextAuthOptions, "useSecureCookies">): string {
  return `${options.useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
}

/**
 * The session cookie's claims, decrypted and checked as next-auth checks them (authenticated
 * encryption, expiry). Not getServerSession: besides decrypting, it re-encrypts a renewed token
 * for a cookie that a page or route handler cannot set, and every API call paid for that.
 */
export async function readSessionClaims(): Promise<SessionClaims | null> {
  const options = await getAuthOptions();
  const token = joinedCookie((await cookies()).getAll(), sessionCookieName(options));
  if (!token || !options.secret) return null;
  const claims = await decode({ token, secret: options.secret }).catch((error: unknown) => {
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
