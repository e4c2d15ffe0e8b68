import { describe, expect, it } from "vitest";
import { menuCommand, openIndexFor } from "./menu-keys";

describe("openIndexFor", () => {
  it("opens on the first item with Enter, Space and ArrowDown", () => {
    expect(openIndexFor("Enter", 3)).toBe(0);
    expect(openIndexFor(" ", 3)).toBe(0);
    expect(openIndexFor("ArrowDown", 3)).toBe(0);
  });
  it("opens on the last item with ArrowUp", () => expect(openIndexFor("ArrowUp", 3)).toBe(2));
  it("ignores other keys and empty menus", () => {
    expect(openIndexFor("a", 3)).toBeNull();
    expect(openIndexFor("Tab", 3)).toBeNull();
    expect(openIndexFor("Enter", 0)).toBeNull();
  });
});

describe("menuCommand", () => {
  it("moves with the arrows and wraps around", () => {
    expect(menuCommand("ArrowDown", 0, 3)).toEqual({ type: "focus", index: 1 });
    expect(menuCommand("ArrowDown", 2, 3)).toEqual({ type: "focus", index: 0 });
    expect(menuCommand("ArrowUp", 0, 3)).toEqual({ type: "focus", index: 2 });
    expect(menuCommand("ArrowUp", 1, 3)).toEqual({ type: "focus", index: 0 });
  });
  it("jumps with Home and End", () => {
    expect(menuCommand("Home", 2, 3)).toEqual({ type: "focus", index: 0 });
    expect(menuCommand("End", 0, 3)).toEqual({ type: "focus", index: 2 });
  });
  it("activates with Enter and Space", () => {
    expect(menuCommand("Enter", 1, 3)).toEqual({ type: "activate" });
    expect(menuCommand(" ", 1, 3)).toEqual({ type: "activate" });
  });
  it("closes with Escape back on the button, and lets Tab move on", () => {
    expect(menuCommand("Escape", 1, 3)).toEqual({ type: "close", restoreFocus: true });
    expect(menuCommand("Tab", 1, 3)).toEqual({ type: "close", restoreFocus: false });
  });
  it("ignores other keys", () => expect(menuCommand("x", 1, 3)).toEqual({ type: "none" }));
  it("stays on a single item", () => expect(menuCommand("ArrowDown", 0, 1)).toEqual({ type: "focus", index: 0 }));
});
