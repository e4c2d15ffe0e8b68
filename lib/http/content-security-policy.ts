// The pages' Content Security Policy. Scripts run only with this response's nonce (Next.js puts
// it on its own bootstrap scripts when it finds the policy on the request), and what those
// scripts load is trusted through 'strict-dynamic'; no inline script an attacker manages to
// inject can run. 'wasm-unsafe-eval': the in-browser SHA-256 (hash-wasm) runs WebAssembly.
// Styles keep 'unsafe-inline': React and the charts write style attributes, which cannot carry
// a nonce, and a style cannot run code.

/** A fresh, unpredictable nonce (128 bits) for one response. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

/** With a nonce for a page; without one for static files (a worker script runs under its own). */
export function contentSecurityPolicy(nonce: string | null, dev = false): string {
  const scripts = nonce === null ? "'self'" : `'self' 'nonce-${nonce}' 'strict-dynamic'`;
  return [
    "default-src 'self'",
    `script-src ${scripts} 'wasm-unsafe-eval'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

/** API answers are data, never documents: nothing in them may load or run anything. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
