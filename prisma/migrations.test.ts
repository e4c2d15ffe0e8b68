import { describe, expect, it } from "vitest";
import { diffMigrationsToSchema } from "./tools/schema-engine";

describe("prisma/migrations", () => {
  it("bring a database exactly to prisma/schema (a schema change needs `npm run db:migration -- <name>`)", async () => {
    expect(await diffMigrationsToSchema()).toBe("");
  }, 120_000);
});
