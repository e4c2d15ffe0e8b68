import { describe, expect, it } from "vitest";
import { postgresTarget } from "@/test/database-targets";
import { diffMigrationsToSchema, SANDBOX_SCHEMA } from "./tools/schema-engine";

describe("prisma/migrations", () => {
  it("bring a database exactly to prisma/schema (a schema change needs `npm run db:migration -- <name>`)", async () => {
    const target = postgresTarget;
    expect(await diffMigrationsToSchema(await target.freshUrl())).toBe("");
  }, 120_000);

  it("of the Digitization sandbox bring its own database exactly to its schema (`npm run db:migration -- <name> --sandbox`)", async () => {
    expect(await diffMigrationsToSchema(await postgresTarget.freshUrl(), SANDBOX_SCHEMA)).toBe("");
  }, 120_000);
});
