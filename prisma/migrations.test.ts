import { describe, expect, it } from "vitest";
import { postgresTarget } from "@/lib/testing/database-targets";
import { diffMigrationsToSchema } from "./tools/schema-engine";

describe("prisma/migrations", () => {
  it("bring a database exactly to prisma/schema (a schema change needs `npm run db:migration -- <name>`)", async () => {
    const target = postgresTarget;
    expect(await diffMigrationsToSchema(await target.freshUrl())).toBe("");
  }, 120_000);
});
