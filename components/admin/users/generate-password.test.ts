import { describe, expect, it } from "vitest";
import { generatePassword } from "./generate-password";

describe("generatePassword", () => {
  it("always meets the password policy", () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(16);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/\d/);
    }
  });

  it("draws again when a draw misses a character class", () => {
    const draws = [new Uint32Array(12).fill(0), Uint32Array.from({ length: 12 }, (_, i) => i * 20)];
    expect(generatePassword(12, () => draws.shift()!)).toMatch(/^(?=.*[a-z])(?=.*[A-Z])(?=.*\d).{12}$/);
  });
});
