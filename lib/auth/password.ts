import "server-only";
import { hash, verify } from "@node-rs/argon2";
import type { ValidationIssue } from "@/lib/validation/issues";

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's recommended baseline.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verified against when the email is unknown, so a miss costs the same time as a hit.
const decoy = hash("decoy-password-for-timing");

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

const MIN_PASSWORD_LENGTH = 12;

/** The password policy for accounts created or changed in the portal: what is wrong with one, as a `common.validation` code. */
export function passwordProblem(password: string): ValidationIssue | null {
  if (password.length < MIN_PASSWORD_LENGTH) return { field: "password", code: "tooShort", values: { minimum: MIN_PASSWORD_LENGTH } };
  if (!/[a-z]/.test(password) || !/[A-Z]/.test(password) || !/\d/.test(password)) return { field: "password", code: "passwordTooSimple", values: {} };
  return null;
}
