import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { validateBytes } from "./test-support";
import { todayInUae } from "./today-in-uae";

// The downloadable template (public/templates) is what a new user copies: its sample row must
// pass every rule today, with no warning either (an expired card would). Renew the card's dates
// in the file when this fails.
describe("the downloadable EID template", () => {
  it("validates cleanly today", async () => {
    const bytes = await readFile(new URL("../../public/templates/population-migration-eid-template.csv", import.meta.url));
    const report = await validateBytes(new Uint8Array(bytes), { today: todayInUae() });
    expect(report.issues).toEqual([]);
    expect(report.rows).toBe(1);
  });
});
