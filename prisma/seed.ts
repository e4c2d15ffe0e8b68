// npm run db:seed — seeds the demo organizations, users and keys (same as the embedded default
// does on first start; the portal tells the sandbox the keys when it next starts). Refuses in
// production mode: production never seeds.
import { getEnv } from "@/lib/config/env";
import { loadSecrets } from "@/lib/config/secrets";
import { closeDatabase, db } from "@/lib/db/client";
import { DEMO_PASSWORD, seedDemo } from "@/lib/db/seed-demo";
import { startEmbeddedPostgresUnlessConfigured } from "@/lib/db/start-default-database";

// Without DATABASE_URL: the embedded PostgreSQL of DATA_DIR (reused if the portal runs).
await startEmbeddedPostgresUnlessConfigured();
const env = getEnv();
if (env.mode === "production") {
  console.error("PORTAL_MODE is production: refusing to seed demo accounts. Set PORTAL_MODE=demo to seed a test database.");
  process.exit(1);
}
const seeded = await seedDemo(await db(), (await loadSecrets(env)).encryptionKey);
console.log(seeded ? `Seeded demo data; every demo account's password is ${DEMO_PASSWORD}` : "Database already has organizations: nothing seeded.");
await closeDatabase();
