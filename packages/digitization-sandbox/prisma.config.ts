import { defineConfig } from "prisma/config";

// Used by the Prisma CLI for `prisma generate`; the sandbox applies prisma/migrations itself on start (src/db/migrate.ts).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.SANDBOX_DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
