import { describe, expect, it } from "vitest";
import { detailText } from "./audit-table";

describe("audit details for people", () => {
  it("writes values as text, lists joined, nested objects as name: value", () => {
    expect(detailText("x")).toBe("x");
    expect(detailText(3)).toBe("3");
    expect(detailText(null)).toBe("—");
    expect(detailText(["UPLOADER", "APPROVER"])).toBe("UPLOADER, APPROVER");
    expect(detailText({ from: "ACTIVE", to: { status: "SUSPENDED", at: 1 } })).toBe("from: ACTIVE; to: status: SUSPENDED; at: 1");
  });
});
