import { describe, expect, it } from "vitest";
import { placeMenu } from "./menu-position";

const viewport = { width: 1280, height: 720 };

describe("placeMenu", () => {
  it("opens below the button, right edges aligned", () => {
    expect(placeMenu({ top: 100, bottom: 130, right: 1200 }, viewport)).toEqual({ top: 134, right: 80 });
  });
  it("opens above the button near the bottom of the window", () => {
    expect(placeMenu({ top: 650, bottom: 680, right: 1200 }, viewport)).toEqual({ bottom: 74, right: 80 });
  });
  it("never pushes the menu off the right edge", () => {
    expect(placeMenu({ top: 100, bottom: 130, right: 1300 }, viewport).right).toBe(0);
  });
});
