// A one-time password for an administrator to hand over: 16 characters from an alphabet
// without look-alikes (0/O, 1/l/I), always meeting the policy (upper, lower, digit).
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

type Random = (count: number) => Uint32Array;
const browserRandom: Random = (count) => crypto.getRandomValues(new Uint32Array(count));

export function generatePassword(length = 16, random: Random = browserRandom): string {
  for (;;) {
    // 2^32 is not a multiple of the alphabet's size; the bias (under 1e-8) does not matter here.
    const password = Array.from(random(length), (n) => ALPHABET[n % ALPHABET.length]).join("");
    if (/[a-z]/.test(password) && /[A-Z]/.test(password) && /\d/.test(password)) return password;
  }
}
