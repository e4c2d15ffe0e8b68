import { describe, expect, it } from "vitest";
import { organizationOptions } from "./organization-options";

const row = (organizationId: string, organizationName: string) => ({ organizationId, organizationName });

describe("organizationOptions", () => {
  it("lists each organization once, by name", () => {
    expect(organizationOptions([row("b", "Beta"), row("a", "Alpha"), row("b", "Beta")], undefined, "Selected organization")).toEqual([
      { id: "a", name: "Alpha" },
      { id: "b", name: "Beta" },
    ]);
  });
  it("keeps the selected organization even when no row shows it", () => {
    expect(organizationOptions([], "x", "Selected organization")).toEqual([{ id: "x", name: "Selected organization" }]);
    expect(organizationOptions([row("x", "Xeno")], "x", "Selected organization")).toEqual([{ id: "x", name: "Xeno" }]);
  });
});
