import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { recordAudit } from "@/lib/audit/write-audit";
import { db } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-ip";
import { languageOfCookies } from "@/lib/i18n/config";
import { logger } from "@/lib/log/logger";
import { authenticate } from "./authenticate";

const credentials = z.object({ email: z.string().max(320), password: z.string().max(1024) });

const SESSION_HOURS = 8;

let cached: Promise<NextAuthOptions> | undefined;

/** next-auth's configuration; async because the demo's secret lives in the data folder. */
export function getAuthOptions(): Promise<NextAuthOptions> {
  cached ??= build();
  return cached;
}

async function build(): Promise<NextAuthOptions> {
  const env = getEnv();
  const { authSecret } = await loadSecrets(env);
  process.env.NEXTAUTH_URL ??= env.publicUrl;
  return {
    secret: authSecret,
    // Secure cookies whenever the portal is served over HTTPS; httpOnly and SameSite=Lax always.
    useSecureCookies: env.publicUrl.startsWith("https://"),
    session: { strategy: "jwt", maxAge: SESSION_HOURS * 3600 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(raw, req) {
          const parsed = credentials.safeParse(raw);
          if (!parsed.success) return null;
          const stamped = req.headers?.[CLIENT_ADDRESS_HEADER];
          const sourceIp = (typeof stamped === "string" && stamped) || null;
          // next-auth would put a thrown error's message in the redirect URL: log it, answer "failed".
          const user = await authenticate({ ...parsed.data, sourceIp, language: languageOfCookies(req.headers?.cookie) }).catch((error: unknown) => {
            logger.error({ err: error }, "sign-in check failed");
            return null;
          });
          return user ? { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } : null;
        },
      }),
    ],
    callbacks: {
      // The token carries only who signed in and the session version; roles, status and
      // organization are read from the database on every request (lib/auth/current-actor.ts).
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv };
      },
    },
    events: {
      // Signing out ends every token of the user on the server, not only this browser's cookie,
      // so a copied token stops working at once. Only a token that is still current may do it:
      // an old one cannot be replayed to sign the user out again and again.
      async signOut({ token }) {
        if (!token?.sub) return;
        const prisma = await db();
        const ended = await prisma.user.updateMany({ where: { id: token.sub, sessionVersion: Number(token.sv ?? 0) }, data: { sessionVersion: { increment: 1 } } });
        if (ended.count === 1) await recordAudit({ action: "auth.sign-out", outcome: "SUCCESS", actorId: token.sub, actorEmail: token.email ?? null });
      },
    },
  };
}
