// The embedded default for a process (the portal's server, the scripts):
// without DATABASE_URL, start (or reuse) the PostgreSQL of DATA_DIR before anything reads the
// configuration, and let the whole process see it as an ordinary DATABASE_URL.
// Not `server-only`: lib/server/serve.ts runs in plain Node.
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";

/** Null when DATABASE_URL is set (a separate PostgreSQL). Stops the server when the process exits. */
export async function startEmbeddedPostgresUnlessConfigured(): Promise<EmbeddedPostgres | null> {
  if (process.env.DATABASE_URL) return null;
  const embedded = await startEmbeddedPostgres(process.env.DATA_DIR || ".data");
  process.env.DATABASE_URL = embedded.url;
  // The embedded default is the demo, as it always was; an explicit DATABASE_URL means production.
  process.env.PORTAL_MODE ??= "demo";
  // Every way out runs this: the portal's own shutdown (pools closed, then process.exit), a
  // script ending, a failed start. A kill -9 skips it; the next start then reuses the server.
  process.on("exit", () => embedded.stopSync());
  // A signal nobody else handles (the portal installs its own once started) still exits through it.
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.on(signal, () => {
      if (process.listenerCount(signal) === 1) process.exit(0);
    });
  }
  return embedded;
}
