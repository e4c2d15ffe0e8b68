import { defineConfig } from "prisma/config";

// Used by the Prisma CLI (generate; migrate deploy where the CLI can reach its engine).
// The portal itself applies prisma/migrations on start (lib/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
