// `npm run sandbox`: the Digitization sandbox alone, for integrators (docs/sandbox.md). Its
// database is SANDBOX_DATABASE_URL, or else its own embedded PostgreSQL with data in
// SANDBOX_DATA_DIR (default <DATA_DIR>/sandbox, apart from the portal's). The demo keys are
// registered and printed on the embedded default (on SANDBOX_DATABASE_URL only with
// SANDBOX_SEED_DEMO=true). SANDBOX_ADMIN_SECRET, when set, opens the admin endpoint for keys.
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { startSandboxProcess } from "./sandbox-process";

const given = process.env.SANDBOX_DATABASE_URL;
const embedded = given ? null : await startEmbeddedPostgres(process.env.SANDBOX_DATA_DIR ?? path.join(process.env.DATA_DIR || ".data", "sandbox"), "sandbox");
process.on("exit", () => embedded?.stopSync());
const sandbox = await startSandboxProcess({
  databaseUrl: given ?? embedded!.url,
  port: Number(process.env.SANDBOX_PORT ?? 3100),
  seedDemo: process.env.SANDBOX_SEED_DEMO ? process.env.SANDBOX_SEED_DEMO === "true" : !given,
  ...(process.env.SANDBOX_ADMIN_SECRET ? { adminSecret: process.env.SANDBOX_ADMIN_SECRET } : {}),
}).catch((error: Error) => {
  console.error(`\n${error.message}\n`);
  process.exit(1);
});
process.prependListener("exit", () => sandbox.stopSync());
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => process.exit(0));
