import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, contentSecurityPolicy } from "./lib/http/content-security-policy";

// Pages get a per-response, nonce-based policy from proxy.ts; API answers may load or run
// nothing; static files get the pages' policy without a nonce (a worker script runs under the
// policy of its own response, and the validation worker needs WebAssembly).
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(process.env.PUBLIC_URL?.startsWith("https://")
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const config: NextConfig = {
  poweredByHeader: false,
  // forbidden() renders app/forbidden.tsx with a 403 for pages a role may not open.
  // CI builds once in a fresh clone and never reads Turbopack's build cache back: writing it took
  // 36 s to 3 min of the build on the loaded CI machine. Local rebuilds keep it.
  experimental: { authInterrupts: true, turbopackFileSystemCacheForBuild: !process.env.CI },
  // Types are checked once, by `npm run typecheck` in `npm test`; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Loaded by Node at run time rather than bundled: WebAssembly/native files and pino's workers.
  serverExternalPackages: ["@node-rs/argon2", "pino", "pg", "@tus/server", "@tus/file-store"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
      { source: "/_next/static/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(null) }] },
    ];
  },
};

// Messages, formats and time zone per request: lib/i18n/request.ts (the locale is in a cookie, not the URL).
export default createNextIntlPlugin("./lib/i18n/request.ts")(config);
